import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { closesOnMark } from './quote-close.ts'
import type { ContentPlace } from './source-candidates.ts'
import { sentenceStartIn } from './windows.ts'
import { isFiniteVerb, trimToWords } from './words.ts'

// Words after the cue that open something said after it, which leaves the cue's words after it to the spans.
const OPENS_SAID = new Set(['that', 'whether', ':'])
// Words that open a clause about the occasion of the words ('said after the vote was lost', 'said as she left').
const OCCASION_OPENERS = new Set(['after', 'when', 'as', 'while', 'before', 'because', 'since', 'until'])
// How many tokens the source between the quote and its cue may hold ('Ann Cole, a farmer from the valley,').
const MAX_SOURCE = 16

/**
 * The quote a sentence opens with, when its cue comes after a source and only an occasion follows the cue ('"We
 * will win," Ann Cole, a local farmer, said just after midnight on the radio.'): the quote is what was said, not the
 * words after the cue, whatever side the model chose. Null when the sentence does not open with a quote closed on a
 * comma (or "!" or "?"), when a verb stands in the source, or when the words after the cue hold a quote, a clause of
 * their own or an opener of one ('said that…', 'said: …').
 * @example quoteBeforeSource(context, cue, place, window) // { start: 1, last: 3, side: 'before' }
 */
export function quoteBeforeSource(
  context: StatementContext,
  cue: Cue,
  place: ContentPlace,
  window: TokenWindow,
): ContentPlace | null {
  if (place.side !== 'after') return null
  const { quotes, quoteOf, sentenceOf, lower } = context
  const first = sentenceStartIn(context, cue.start, window)
  // A quote closed on "!" or "?" may have ended the sentence before ('"It is over!" the mayor said…').
  const quote = quotes[quoteOf[first] ?? -1] ?? quotes[quoteOf[first - 1] ?? -1]
  if (!quote?.closed || quote.end >= cue.start || quote.open < window.from) return null
  if (quote.open !== first && !(quote.end === first && opensSentence(context, quote.open))) return null
  if (!closesOnMark(context, quote.innerEnd, quote.end)) return null
  if (cue.start - quote.end > MAX_SOURCE) return null
  for (let t = quote.end; t < cue.start; t++) if (quoteOf[t] !== -1 || isFiniteVerb(context, t)) return null
  const sentence = sentenceOf[cue.start]
  for (let t = cue.end; t < window.to && sentenceOf[t] === sentence; t++) {
    // 'tweeted on Sunday after the storm hit': a clause about the occasion ends the scan.
    if (OCCASION_OPENERS.has(lower(t) ?? '') && t > cue.end) break
    if (quoteOf[t] !== -1 || OPENS_SAID.has(lower(t) ?? '') || isFiniteVerb(context, t)) return null
  }
  const words = trimToWords(context, quote.innerStart, quote.innerEnd - 1)
  return words ? { ...words, side: 'before' } : null
}

/** Whether token t is its sentence's first. */
function opensSentence(context: StatementContext, t: number): boolean {
  return context.parsed.sentences[context.sentenceOf[t] ?? -1]?.firstToken === t
}
