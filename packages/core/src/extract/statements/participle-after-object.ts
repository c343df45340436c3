import { countStartingBefore } from '../../parse/count-before.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import type { Discourse } from './antecedents.ts'
import { isDocumentNoun } from './source-document.ts'
import { subjectBefore } from './speaker-subject.ts'

// Participles that only a speaker does: "insisting that", "urging them to". Not "showing" or "suggesting", which
// figures and findings do ("dismissed the figures showing …": the figures show it).
const SPEECH_PARTICIPLES = new Set(
  'saying insisting urging arguing claiming warning demanding telling asking accusing pledging promising vowing stressing adding calling describing branding'.split(
    ' ',
  ),
)
// Past verbs without "-ed" that take an object a participle may follow: "wrote to the firms urging …".
const IRREGULAR_PAST = new Set(
  'wrote sent told hit spoke gave made took struck sought brought put set led rang'.split(' '),
)
// How many words the verb phrase between the subject and the object may take: "also hit out at".
const MAX_VERB_WORDS = 4
// Heads of objects that cannot speak, so a speech participle after one is the subject's: "dismissed the figures
// insisting …". Any other object ("thanked the nurses warning …") may be the one speaking, and is left alone.
const MUTE_HEADS = new Set(
  'figures numbers data statistics results claims claim allegations allegation accusations accusation rumours rumour criticism suggestions suggestion comments remarks idea ideas plan plans proposal proposals move decision ruling deal bid offer changes cuts rules measures'.split(
    ' ',
  ),
)
// Objects that are words themselves, and participles that report words: in "denied the claims saying he had lied"
// the claims say it, so no speaker is taken.
const WORDS_HEADS = new Set(
  'claims claim allegations allegation accusations accusation rumours rumour criticism suggestions suggestion comments remarks'.split(
    ' ',
  ),
)
const REPORTING_PARTICIPLES = new Set(['saying', 'claiming', 'describing', 'calling', 'branding'])
// What after the participle shows that the object is acted on, not acting: "urging them to", "telling him".
const OBJECT_PRONOUN = /^(?:them|him|her|us|me)\b/i

/**
 * The speaker of a participle that follows the object of the clause's verb with no comma ("Ann Vale dismissed the
 * figures insisting that …", "Tom Reed wrote to the firms urging them to …"): the subject of that verb, where the
 * source model took the object. Only a speech participle counts, and the object must be a thing that cannot speak
 * ("thanked the nurses warning …" may be the nurses' words) unless the participle acts on it ("urging them"); a participle that reports words after an object that is words
 * ("denied the claims saying …") is the object's.
 * A writing or a named actor as the object leaves it to the other stages.
 * @example subjectOfParticipleAfterObject(discourse, statement) // 'person:ann-vale' for the first example
 */
export function subjectOfParticipleAfterObject(
  discourse: Discourse,
  statement: Statement,
): string | undefined {
  const { source, cue, content } = statement
  if (!source || !cue || source.end > cue.start) return undefined
  const { view, tokens } = discourse.parsed
  if (view.slice(source.end, cue.start).trim() !== '') return undefined
  const participle = tokens[countStartingBefore(tokens, cue.start)]?.text ?? ''
  if (!SPEECH_PARTICIPLES.has(participle)) return undefined
  const subject = subjectBefore(discourse, source.start)
  if (!subject || !isSpeakerKind(subject.anchor) || subject.anchor.end > source.start) return undefined
  if (!isVerbPhrase(view.slice(subject.anchor.end, source.start))) return undefined
  if (anchorsWithin(discourse.anchors, source.start, source.end).length > 0) return undefined
  const head = /\p{L}+$/u.exec(view.slice(source.start, source.end))?.[0] ?? ''
  if (isDocumentNoun(head)) return undefined
  const actedOn = content.start > cue.end && OBJECT_PRONOUN.test(view.slice(cue.end, content.start).trim())
  if (!actedOn && !MUTE_HEADS.has(head.toLowerCase())) return undefined
  if (REPORTING_PARTICIPLES.has(participle) && WORDS_HEADS.has(head.toLowerCase())) return undefined
  return subject.anchor.actor
}

/** Whether an anchor names one who may speak: a person, a body or a group, not a place. */
function isSpeakerKind(anchor: Anchor): boolean {
  return anchor.kind !== 'location' && anchor.kind !== 'country'
}

/** Whether the words between a subject and its object are a verb phrase: a few lower-case words, one a past verb. */
function isVerbPhrase(between: string): boolean {
  const words = between.trim().split(/\s+/)
  if (words.length === 0 || words.length > MAX_VERB_WORDS) return false
  if (!words.every((word) => /^\p{Ll}+$/u.test(word))) return false
  return words.some((word) => word.endsWith('ed') || IRREGULAR_PAST.has(word))
}
