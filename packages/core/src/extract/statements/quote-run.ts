import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A content that opens a quote and stops before the quote's last word runs on to it: 'Cruz called him a "liar who
 * is amoral, a bully and a narcissist."' is not cut at "amoral"; what a speaker is quoted as saying ends where the
 * quote does. A quote that never closes, or that holds the cue ('"We will," he said, "win."'), is left as it is.
 * @example runToQuoteClose(context, content, cue).last // the last word inside the quote
 */
export function runToQuoteClose(context: StatementContext, content: ContentPlace, cue: Cue): ContentPlace {
  const quote = context.quotes[context.quoteOf[content.last] ?? -1]
  if (
    !quote?.closed ||
    !quote.double ||
    quote.innerStart <= content.start ||
    quote.innerEnd - 1 <= content.last
  )
    return content
  if (cue.start > content.last && cue.start < quote.end) return content
  const words = trimToWords(context, content.start, quote.innerEnd - 1)
  return words && words.last > content.last ? { ...content, last: words.last } : content
}
