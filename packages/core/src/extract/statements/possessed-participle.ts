import type { StatementContext } from './context.ts'

// The possessive ending, a token of its own: "the firm's", "the Joneses'".
const POSSESSIVE = new Set(["'s", '’s', "'", '’'])
// What a participle inside a noun phrase comes before: its noun, or another adjective.
const NOUN_POS = new Set(['N', 'J'])

/**
 * Whether a past participle sits between a possessive and its noun, so reports no words: "the firm's stated aim",
 * "Mr Kay's reported plan", "the council's proposed tax". After a pronoun the ending is "has" or "is" ("She's
 * claimed…"), and with no noun after it the participle is a verb ("Lee's claimed that…" read as "has claimed").
 * @example followsAPossessive(context, first) // true for "stated" in "the firm's stated aim"
 */
export function followsAPossessive(context: StatementContext, first: number): boolean {
  if (!(context.lower(first) ?? '').endsWith('ed')) return false
  if (!POSSESSIVE.has(context.lower(first - 1) ?? '') || context.pos(first - 2) === 'PR') return false
  return (
    NOUN_POS.has(context.pos(first + 1) ?? '') && context.sentenceOf[first + 1] === context.sentenceOf[first]
  )
}
