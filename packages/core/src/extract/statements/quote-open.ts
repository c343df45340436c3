import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A content that ends a quote closed before its cue and starts after the quote's first word runs back to it: in
 * '"We will open in May. Staff are ready. Tickets go on sale soon," the manager told reporters.' the speaker said all
 * three sentences, not the last one alone. A quote that does not close before the cue, or a content that does not
 * reach the quote's last word, is left as it is.
 * @example fromQuoteOpen(context, content, cue).start // the first word inside the quote
 */
export function fromQuoteOpen(context: StatementContext, content: ContentPlace, cue: Cue): ContentPlace {
  const { quotes, quoteOf, isWord } = context
  const index = quoteOf[content.last] ?? -1
  const quote = quotes[index]
  if (!quote?.closed || !quote.double || quote.end > cue.start || quoteOf[content.start] !== index)
    return content
  if (content.start <= quote.innerStart) return content
  for (let t = content.last + 1; t < quote.innerEnd; t++) if (isWord[t]) return content
  const words = trimToWords(context, quote.innerStart, content.last)
  return words && words.start < content.start ? { ...content, start: words.start } : content
}
