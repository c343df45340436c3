import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

/**
 * A cue on a colon that ends its paragraph ('The governor added:', 'made the following comment:') introduces the
 * next paragraph as a block set off without quote marks: the content is that whole paragraph, however many sentences
 * ('He added:¶It is typical of them. They know nothing.'), never the words before the cue. A block with a quote in
 * it is left to the quotes.
 * @example colonBlock(context, cue, { start: 0, last: 0, side: 'before' }).side // 'after'
 */
export function colonBlock(context: StatementContext, cue: Cue, place: ContentPlace): ContentPlace {
  const { lower, paragraphOf, quoteOf, tokens } = context
  const colon = lower(cue.end - 1) === ':' ? cue.end - 1 : lower(cue.end) === ':' ? cue.end : -1
  if (colon < 0) return place
  const first = colon + 1
  if (first >= tokens.length || !context.isWord[first]) return place
  const paragraph = paragraphOf[first]
  if (paragraph === paragraphOf[colon]) return afterColon(context, first, place)
  if (paragraph !== (paragraphOf[colon] ?? -2) + 1) return place
  let last = first
  while (last + 1 < tokens.length && paragraphOf[last + 1] === paragraph) last++
  // A block with quotes in it holds other statements ('He added:¶ Ann said: "…"'): the quotes tell what was said.
  for (let t = first; t <= last; t++) if (quoteOf[t] !== -1) return place
  const words = trimToWords(context, first, last)
  if (!words || (place.start === words.start && place.last >= words.last)) return place
  return { ...words, side: 'after' }
}

// What ends words set off before a cue: 'The plan is dead, the mayor said', '"We won," Ann said'.
const SET_OFF = new Set([',', '"', "'"])

// The last mark inside a quote that makes it a quoted sentence: '"We won."', '"We won,"', '"Won?"'.
const SPOKEN_ENDS = new Set(['.', ',', '!', '?'])

/**
 * Within its paragraph, what a cue's colon introduces starts right after it: 'The mayor stated: The council is not
 * about open government.' said "The council is not about open government", never its tail ("about open
 * government") nor words before the cue. The rankers' end stands when they chose words after the colon; otherwise
 * the content runs to the end of the colon's sentence.
 */
function afterColon(context: StatementContext, first: number, place: ContentPlace): ContentPlace {
  // Words the rankers chose before the cue stand when a comma or a quote mark sets them off from it: '"We won,"
  // Ann said: the count was over.', 'The plan is dead, the mayor said: nobody wants it.' (not 'The label read: …').
  if (place.start === first || (place.side === 'before' && SET_OFF.has(context.lower(place.last + 1) ?? '')))
    return place
  const { sentenceOf, tokens, quotes, quoteOf, lower } = context
  let end = first
  while (end + 1 < tokens.length && sentenceOf[end + 1] === sentenceOf[first]) end++
  // A quoted sentence after the colon is someone's words, which the quote rules give their own report ('Fox added:
  // Brown said "…"'); a quoted phrase ('about "open government"') is part of what was said.
  for (let t = first; t <= end; t++) {
    const quote = quotes[quoteOf[t] ?? -1]
    if (!quote) continue
    if (!quote.closed || SPOKEN_ENDS.has(lower(quote.innerEnd - 1)?.slice(-1) ?? '')) return place
    t = quote.end - 1
  }
  const keepsEnd = place.start > first && place.last <= end && place.side === 'after'
  const words = trimToWords(context, first, keepsEnd ? place.last : end)
  return words ? { ...words, side: 'after' } : place
}
