import type { StatementContext } from './context.ts'

// Marks that end a sentence.
const SENTENCE_END = new Set(['.', '!', '?'])

/**
 * Where the words after a cue stop being its source: at a sentence end just before a quote opens ('"…," said the
 * coach. "We lost. I am sorry."' ends at "coach"), so the source never runs into a quote that resumes after it,
 * however many sentences that quote has; `to` (exclusive) when no such quote opens first.
 * @example sourceEndBeforeQuote(context, cueEnd, to) // the token of the "." before the resumed quote
 */
export function sourceEndBeforeQuote(context: StatementContext, from: number, to: number): number {
  const { quotes, quoteOf, lower } = context
  for (let t = from; t + 1 < to; t++) {
    if (!SENTENCE_END.has(lower(t) ?? '')) continue
    if (quotes[quoteOf[t + 1] ?? -1]?.open === t + 1) return t
  }
  return to
}
