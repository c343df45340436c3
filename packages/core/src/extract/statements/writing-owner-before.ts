import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'

// Words between the possessive and the writing: "the guild's latest yearly review".
const MODIFIER = /^(?:[\p{Ll}][\p{Ll}-]*|\d+)$/u
const MAX_MODIFIERS = 3
// The determiner of a described owner, and the nouns it may take: "the group", "the bank's chief".
const DETERMINER = /^(?:the|this|that)$/i
const OWNER_NOUN = /^[\p{Ll}][\p{Ll}-]*$/u
const MAX_OWNER_WORDS = 2

/**
 * The described owner before a writing's noun at token `noun`: "the guild" in "The guild's yearly review". A later
 * "the survey said" speaks for that owner, not for the maker of an older writing of the kind; the caller resolves the
 * description as it would in a source ("the group" → the body the text names). Undefined when a name, a pronoun or
 * nothing possesses the writing.
 * @example ownerDescribedBefore(tokens, noun) // the span of "The guild" in "The guild's yearly review"
 */
export function ownerDescribedBefore(tokens: readonly Token[], noun: number): Span | undefined {
  let k = noun - 1
  while (k >= 0 && noun - k <= MAX_MODIFIERS && MODIFIER.test((tokens[k] as Token).text)) k--
  if (!/^['\u2019]s$/.test(tokens[k]?.text ?? '')) return undefined
  const last = tokens[k - 1]
  if (!last || !OWNER_NOUN.test(last.text)) return undefined
  for (let t = k - 2; t >= 0 && k - 1 - t <= MAX_OWNER_WORDS; t--) {
    const word = (tokens[t] as Token).text
    if (DETERMINER.test(word)) return { start: (tokens[t] as Token).start, end: last.end }
    if (!OWNER_NOUN.test(word)) return undefined
  }
  return undefined
}
