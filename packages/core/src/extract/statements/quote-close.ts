import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A content before its cue cut at the close of the quote it opens with, when that quote closes on a comma, "!" or
 * "?" ('"We ran out of fuel," Dr Ann Vale, the director of the Friendship Hospital in the Mughraqa area, said'): what
 * follows the comma and the mark up to the cue is who said it, however long, not more of what was said. A quote
 * that goes on into the content's own words ('"Shocking" levels were reached, MPs said') is kept whole.
 * @example endAtQuoteClose(context, content, cue).last // the last word inside the quote
 */
export function endAtQuoteClose(context: StatementContext, content: ContentPlace, cue: Cue): ContentPlace {
  if (content.last >= cue.start) return content
  const quote = context.quotes[context.quoteOf[content.start] ?? -1]
  if (!quote?.closed || content.start < quote.innerStart || content.last < quote.end) return content
  if (quote.end > cue.start || !closesOnMark(context, quote.innerEnd, quote.end)) return content
  const words = trimToWords(context, content.start, quote.innerEnd - 1)
  return words ? { ...content, last: words.last } : content
}

// Marks just inside a closing quote that end what was said before its source: '…," she said', '…!" he tweeted'.
const CLOSING_MARKS = new Set([',', '!', '?'])

/**
 * Whether a comma, "!" or "?" stands just inside the closing mark at `close`, or a comma just after it at `end`:
 * '…," she said', '…?" he asked'.
 */
export function closesOnMark(context: StatementContext, close: number, end: number): boolean {
  return CLOSING_MARKS.has(context.tokens[close - 1]?.text ?? '') || context.tokens[end]?.text === ','
}
