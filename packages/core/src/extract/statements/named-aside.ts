import { sentenceAroundAside } from './aside-span.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { INVERTING, isSpeakingHead } from './inversion.ts'
import { DETERMINERS } from './relative-antecedent.ts'
import { shapeOf } from './shape.ts'
import type { SourcePlace } from './source.ts'
import type { ContentPlace } from './source-candidates.ts'
import { PREDICATE_POS, VERB_POS } from './verb-pos.ts'

// Relatives that may describe the speaker inside the aside ("an aide who saw it") or after it (", who saw it,").
const RELATIVES = new Set(['who', 'whose'])
// Shapes of a word in a name (see shape.ts): "Lee", "BT".
const NAME_SHAPES = new Set(['Xx', 'X'])
// How many tokens the speaker, and a "who" clause after it, may hold.
const MAX_SPEAKER = 10

/**
 * The content of a verb of saying inverted before a named or described speaker, the two set off by commas inside
 * the words reported ("The plan, said an aide who saw it, was dropped.", "The cost, says Prof Lee, is too high."):
 * the sentence around them; null for any other cue, or when the speaker is not a name or a phrase opened by a
 * determiner that holds a role or a body ("…, said a few words, …" is an object), or the words after the aside are
 * not the subject's predicate ("…, said Tom Reed, adding…").
 * @example namedAsideContent(context, cue, window) // { start: 0, last: 10, side: 'around' }
 */
export function namedAsideContent(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): ContentPlace | null {
  const aside = asideSpeaker(context, cue, window)
  return aside && sentenceAroundAside(context, cue, window, aside.predicate)
}

/**
 * The source of such a cue: the speaker between the cue and the comma ("an aide who saw it"); any other source as
 * it is.
 * @example namedAsideSource(context, cue, content, source) // { start: 4, last: 8 }
 */
export function namedAsideSource(
  context: StatementContext,
  cue: Cue,
  content: ContentPlace,
  source: SourcePlace | null,
): SourcePlace | null {
  if (content.side !== 'around' || content.start >= cue.start) return source
  const aside = asideSpeaker(context, cue, { from: content.start, to: content.last + 1 })
  return aside && content.last >= aside.predicate ? { start: cue.end, last: aside.last } : source
}

/** The speaker's last token and the predicate's first, for a cue inverted inside a sentence; null for none. */
function asideSpeaker(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): { last: number; predicate: number } | null {
  const { lower, pos, tokens, isWord } = context
  if (cue.end - cue.start !== 1 || !INVERTING.has(lower(cue.start) ?? '')) return null
  if (lower(cue.start - 1) !== ',' || cue.end >= window.to) return null
  const first = lower(cue.end) ?? ''
  const shape = shapeOf(tokens[cue.end]?.text ?? '')
  const described = DETERMINERS.has(first)
  if (!described && !NAME_SHAPES.has(shape)) return null
  const comma = closingComma(context, cue.end, window, true)
  if (comma < 0 || comma === cue.end) return null
  // "The vicar knelt, said a few words, walked on": a described speaker needs a role or a body, or it is an object.
  if (described && !describesSpeaker(context, cue.end + 1, comma)) return null
  let next = comma + 1
  // ", who had read it," describes the speaker; the predicate comes after it.
  if (RELATIVES.has(lower(next) ?? '')) {
    const end = closingComma(context, next, window, false)
    if (end < 0) return null
    next = end + 1
  }
  while (next < window.to && pos(next) === 'R') next++
  if (!isWord[next] || !PREDICATE_POS.has(pos(next) ?? '')) return null
  return { last: comma - 1, predicate: next }
}

/** Whether a word from `from` to before `to`, up to a "who", is a role or a body ("an aide", "the head of the union"). */
function describesSpeaker(context: StatementContext, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const word = context.lower(t) ?? ''
    if (RELATIVES.has(word)) return false
    if (isSpeakingHead(word)) return true
  }
  return false
}

/**
 * The comma that closes an aside opened at `from`, within MAX_SPEAKER tokens; -1 at a sentence's end or a quote, or,
 * for a speaker (`speaker`), at a verb not inside a "who" clause ("said prayers, …" holds none; "said she left" is
 * a clause).
 */
function closingComma(
  context: StatementContext,
  from: number,
  window: TokenWindow,
  speaker: boolean,
): number {
  const { lower, pos, isWord, quoteOf } = context
  let relative = !speaker
  for (let t = from; t < window.to && t - from <= MAX_SPEAKER; t++) {
    const word = lower(t) ?? ''
    if (word === ',') return t
    if (quoteOf[t] !== -1 || (!isWord[t] && word !== '.' && word !== "'s")) return -1
    // "Mr." of a name: a full stop after a capitalised word.
    if (word === '.' && !NAME_SHAPES.has(shapeOf(context.tokens[t - 1]?.text ?? ''))) return -1
    if (RELATIVES.has(word)) relative = true
    else if (!relative && VERB_POS.has(pos(t) ?? '')) return -1
  }
  return -1
}
