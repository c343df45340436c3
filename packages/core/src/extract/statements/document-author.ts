import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import { type Anchor, anchorEndingAt, namesSpeaker } from './anchors.ts'
import type { Discourse } from './antecedents.ts'
import { guessPos } from './pos.ts'

// Verbs by which someone makes a writing: "Ann Vale wrote a letter", "the trust has published a report".
const AUTHORING =
  /^(?:wrote|writes|written|sent|sends|published|publishes|issued|issues|released|releases|produced|signed|penned|drafted|compiled|submitted|delivered)$/i
// Verbs of saying before "in a report" ("Oxfam says in a report").
const SAYING =
  /^(?:says|said|warns|warned|argues|argued|claims|claimed|concludes|concluded|suggests|suggested|states|stated)$/i
// Words between a subject and its verb ("Ann Vale has also written").
const AUXILIARIES = /^(?:has|have|had|also|just|today|yesterday|recently|earlier|then|now|jointly)$/i
// Words between the verb or possessive and the writing ("a new open letter", "its annual report").
const MODIFIER = /^(?:[\p{Ll}][\p{Ll}-]*|\d+)$/u
const MAX_MODIFIERS = 3
// Parts of speech of the words that may lie between a maker's name and its writing: "the Vale Trust annual report".
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['J', 'N', 'NUM'])
// How far (in tokens) the name after "In a letter to the council," may lie from the writing.
const FRAME_REACH = 16

/**
 * Who wrote a writing named at token `noun`, from the words before it: the subject of a verb of making it ("Ann
 * Vale wrote a letter", "the trust has published a report"), the possessor ("Ann Vale's letter"), or the first
 * name after a frame the writing opens ("In a letter to the council, Tom Reed asked"). A later "the letter said"
 * is that author speaking.
 * @example authorBefore(discourse, noun) // 'person:ann-vale' for "Ann Vale wrote a letter"
 */
export function authorBefore(discourse: Discourse, noun: number): string | undefined {
  const { tokens, view } = discourse.parsed
  let k = noun - 1
  while (k >= 0 && noun - k <= MAX_MODIFIERS && isModifier(tokens[k] as Token)) k--
  const before = tokens[k]
  if (!before) return undefined
  if (/^in$/i.test(before.text) && noun - k <= MAX_MODIFIERS + 1) {
    // "Oxfam says in a report": the one who says it in the writing.
    if (SAYING.test(tokens[k - 1]?.text ?? '')) return subjectBefore(discourse, k - 1)
    return nameAfterFrame(discourse, noun)
  }
  if (/^['\u2019]s?$/.test(before.text)) return speakerEndingAt(discourse.anchors, tokens[k - 1]?.end ?? -1)
  if (/^['\u2019]s?\s/.test(view.slice(before.end, before.end + 3)) && noun - k === 1)
    return speakerEndingAt(discourse.anchors, before.end)
  const maker = makerNamedBefore(discourse, noun)
  if (maker) return maker.actor
  if (!AUTHORING.test(before.text)) return undefined
  return subjectBefore(discourse, k)
}

/**
 * The maker named right before a writing's noun at token `noun`, past a few adjectives and nouns: "a Vale Trust
 * report", "the Vale Trust annual survey". A place there ("a Portugal report") says where the writing is from or
 * about, and a name that ends a clause ("Ann Vale said the report") is no part of its phrase.
 * @example makerNamedBefore(discourse, noun)?.actor // 'organization:vale-trust' for "a Vale Trust report"
 */
export function makerNamedBefore(discourse: Discourse, noun: number): Anchor | undefined {
  const { tokens } = discourse.parsed
  let k = noun - 1
  while (k >= 0 && noun - k <= MAX_MODIFIERS && NOUN_PHRASE_POS.has(posOf(tokens[k] as Token))) k--
  const before = tokens[k]
  if (!before || !/^\p{Lu}/u.test(before.text)) return undefined
  return nameEndingAt(discourse.anchors, before.end)
}

/** A token's coarse part of speech, read without its context. */
function posOf(token: Token): string {
  return guessPos(token.text, token.text.toLowerCase(), false)
}

/** The name of a person or body (not a place or a country) that ends at `end`. */
function nameEndingAt(anchors: readonly Anchor[], end: number): Anchor | undefined {
  return anchorEndingAt(anchors, end, (anchor) => anchor.form === 'name' && namesSpeaker(anchor))
}

/** The actor named just before the verb at `verb`, past a few auxiliaries ("Ann Vale has also written"). */
function subjectBefore(discourse: Discourse, verb: number): string | undefined {
  const { tokens } = discourse.parsed
  let subject = verb - 1
  while (subject >= 0 && verb - subject <= 3 && AUXILIARIES.test((tokens[subject] as Token).text)) subject--
  return speakerEndingAt(discourse.anchors, tokens[subject]?.end ?? -1)
}

/** A lower-case word or a number between a verb and its writing, but not the verb of making it itself. */
function isModifier(token: Token): boolean {
  return MODIFIER.test(token.text) && !AUTHORING.test(token.text) && !/^(?:in|by|from|to)$/.test(token.text)
}

/** "In a letter to the council, Tom Reed asked": the name (or pronoun) right after the frame's comma. */
function nameAfterFrame(discourse: Discourse, noun: number): string | undefined {
  const { tokens } = discourse.parsed
  for (let t = noun + 1; t < tokens.length && t - noun <= FRAME_REACH; t++) {
    const word = (tokens[t] as Token).text
    if (/^[.;:!?]$/.test(word)) return undefined
    if (word !== ',') continue
    // "In a new report, the Electoral Commission says": the name may follow a "the".
    const next = /^the$/i.test(tokens[t + 1]?.text ?? '') ? tokens[t + 2] : tokens[t + 1]
    return next ? speakerStartingAt(discourse.anchors, next.start) : undefined
  }
  return undefined
}

/** An actor that can write, named (or referred to) by an anchor ending at `end`. */
function speakerEndingAt(anchors: readonly Anchor[], end: number): string | undefined {
  return anchorEndingAt(anchors, end, (anchor) => anchor.kind !== 'location')?.actor
}

/** An actor that can write, named (or referred to) by an anchor starting at `start`. */
function speakerStartingAt(anchors: readonly Anchor[], start: number): string | undefined {
  for (let i = countStartingBefore(anchors, start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start > start) break
    if (anchor.start === start && anchor.kind !== 'location') return anchor.actor
  }
  return undefined
}
