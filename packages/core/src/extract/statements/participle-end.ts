import type { StatementContext } from './context.ts'
import { reportingClass } from './lexicon.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A content after its cue ends before a comma and a participle of speech that the subject goes on with ('said the
 * bill was "unfair," adding that…', 'said costs had doubled, noting the weak pound'): that participle reports more
 * words or describes the act, whether or not the cue tagger found it. The comma may stand inside a closing quote, not
 * inside a quote that goes on.
 * A content with no word before such a comma is left as it is.
 * @example endBeforeSpeechParticiple(context, { start: 4, last: 20, side: 'after' }) // { start: 4, last: 9, side: 'after' }
 */
export function endBeforeSpeechParticiple(context: StatementContext, place: ContentPlace): ContentPlace {
  if (place.side !== 'after') return place
  const { lower, pos, quotes, quoteOf } = context
  for (let t = place.start + 1; t < place.last; t++) {
    if (lower(t) !== ',') continue
    let next = t + 1
    // '…unfair," adding': the comma inside the quote, its closing mark before the participle. A participle inside
    // the quote is the speaker's own words ('"…doing smart things, saying the right things"').
    const quote = quotes[quoteOf[next] ?? -1]
    if (quote && quote.innerEnd === next) next = quote.end
    else if (quoteOf[t] !== -1) continue
    if (next > place.last || pos(next) !== 'VG') continue
    if (reportingClass(context.stem(next) ?? '') !== 'speech') continue
    const words = trimToWords(context, place.start, t - 1)
    if (words) return { ...words, side: place.side }
  }
  return place
}
