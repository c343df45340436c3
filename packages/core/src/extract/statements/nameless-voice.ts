import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Sentence } from '../../parse/document.ts'
import { wordTable } from '../../parse/word-table.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { anchorsWithin } from './anchors.ts'
import { type Discourse, type EarlierSpeaker, insideQuote } from './antecedents.ts'

// A nameless spokesperson at the end of a source: "a Home Office spokeswoman", "His spokesman".
const SPOKESPERSON = /\bspokes(man|woman|person)$/i
// A nameless spokesperson for a body the source names after it: "a spokeswoman for the Vale Office".
const SPOKESPERSON_FOR =
  /^(?:a|an|one|the)\s+(?:\p{Ll}+\s+)?spokes(man|woman|person)\s+(?:for|at|of)\s+[^,]+$/iu
const VOICE = wordTable<'he' | 'she' | 'either'>({ man: 'he', woman: 'she', person: 'either' })

/** The pronoun a source's nameless spokesperson takes, if the source ends with one or opens with one for a body. */
export function spokespersonVoice(parsed: ParsedArticle, source: Span | null): EarlierSpeaker['voice'] {
  if (!source) return undefined
  const match =
    SPOKESPERSON.exec(parsed.view.slice(Math.max(source.start, source.end - 20), source.end)) ??
    SPOKESPERSON_FOR.exec(parsed.view.slice(source.start, source.end).trim())
  return match ? VOICE[(match[1] as string).toLowerCase()] : undefined
}

/** A spokesperson who spoke with no one named as speaker: where, and the pronoun that carries them on. */
export interface NamelessVoice {
  at: number
  /** Where the nameless person's words end: "He added" may follow a quote of several sentences. */
  end?: number
  voice: 'he' | 'she' | 'either'
  /** Where the source that describes them ends: a name inside it ("Mr Vale's aide") is not someone named between. */
  after?: number
}

/**
 * Whether a "he" or "she" carries on a nameless spokesperson's words: "A spokesman said the minister was confident.
 * He said No 10 would publish the plan" is the spokesman again, no one named, not the minister or the article's
 * main person. Only in the spokesperson's sentence or the next, with no one of that pronoun named between.
 * @example carriesNamelessVoice(discourse, statement, { at: 0, voice: 'he' }) // true
 */
export function carriesNamelessVoice(
  discourse: Discourse,
  statement: Statement,
  nameless: NamelessVoice | undefined,
): boolean {
  const { source } = statement
  if (!nameless || !source) return false
  const pronoun = discourse.parsed.view.slice(source.start, source.end).trim().toLowerCase()
  if (pronoun !== 'he' && pronoun !== 'she') return false
  if (nameless.voice !== 'either' && nameless.voice !== pronoun) return false
  const { sentences } = discourse.parsed
  const from = Math.min(source.start, Math.max(nameless.at, nameless.end ?? nameless.at))
  const first = countStartingBefore(sentences, from + 1)
  const last = countStartingBefore(sentences, source.start + 1)
  // "… the spokesman said. "A. "B," he added": the words quoted between are the spokesman's own, not a sentence apart.
  const apart = last - first - quotedSentencesBetween(discourse, first, last - 1)
  // "… the man said. The man in a red coat sat down. He says …": a sentence about the same nameless one between.
  if (apart > 2 || (apart === 2 && !namelessOpensSentenceBefore(discourse, pronoun, source.start)))
    return false
  const other = pronoun === 'he' ? 'female' : 'male'
  return !anchorsWithin(discourse.anchors, Math.max(nameless.at, nameless.after ?? 0), source.start).some(
    (anchor) =>
      anchor.kind === 'person' &&
      anchor.form === 'name' &&
      !insideQuote(discourse.quoted, anchor) &&
      discourse.genders.get(anchor.actor) !== other,
  )
}

// A sentence about a nameless person the text spoke of, and the pronoun it takes: "The man in a red coat sat down".
const NAMELESS_OPENING =
  /^(?:["'\u201c\u2018(]\s*)?the\s+(?:young\s+|old\s+|elderly\s+)?(?:(man|boy)|woman|girl)\b/i

/**
 * Whether the sentence right before `at` opens with a nameless person the pronoun ("he" or "she") can stand for:
 * "… the man said. The man in a red coat sat down. He says …" keeps "he" the man, not a person named earlier.
 * @example namelessOpensSentenceBefore(discourse, 'he', at) // true after "The man sat down."
 */
export function namelessOpensSentenceBefore(discourse: Discourse, pronoun: string, at: number): boolean {
  const { sentences, view } = discourse.parsed
  const before = sentences[countStartingBefore(sentences, at + 1) - 2]
  if (!before) return false
  const opening = NAMELESS_OPENING.exec(view.slice(before.start, before.end))
  if (!opening) return false
  return pronoun === (opening[1] ? 'he' : 'she')
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** How many of the sentences after index `first` and before index `last` are all inside quotation marks. */
function quotedSentencesBetween(discourse: Discourse, first: number, last: number): number {
  const { sentences, view } = discourse.parsed
  let count = 0
  for (let i = first; i < last; i++) {
    const sentence = sentences[i] as Sentence
    // Its words from the first letter to the last, without the quotation marks around them.
    let start = sentence.start
    let end = sentence.end
    while (start < end && !WORD_CHARACTER.test(view.charAt(start))) start++
    while (end > start && !WORD_CHARACTER.test(view.charAt(end - 1))) end--
    if (end > start && insideQuote(discourse.quoted, { start, end })) count++
  }
  return count
}
