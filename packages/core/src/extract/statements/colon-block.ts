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
  // Only a colon that ends its paragraph: within one, the content rankers and the clause rules read what follows.
  const paragraph = paragraphOf[first]
  if (first >= tokens.length || !context.isWord[first] || paragraph !== (paragraphOf[colon] ?? -2) + 1)
    return place
  let last = first
  while (last + 1 < tokens.length && paragraphOf[last + 1] === paragraph) last++
  // A block with quotes in it holds other statements ('He added:¶ Ann said: "…"'): the quotes tell what was said.
  for (let t = first; t <= last; t++) if (quoteOf[t] !== -1) return place
  const words = trimToWords(context, first, last)
  if (!words || (place.start === words.start && place.last >= words.last)) return place
  return { ...words, side: 'after' }
}
