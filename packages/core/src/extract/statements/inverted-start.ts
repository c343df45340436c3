import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { trimToWords } from './words.ts'

// Words that open a clause or phrase inside a sentence, never what a sentence-final "…, says Li." reports on its
// own: a relative ('a collaboration that is trying…'), an example ('such as collisions…').
const INNER_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'such'])
// Conjunctions that tie a sentence to the one before, not part of what was said ('But now, …, says Shen.').
const LINKS = new Set(['but', 'and', 'so', 'yet'])

/**
 * An inverted report set off by a comma ('…, says McLaughlin.') reports the whole sentence before it: a content
 * that starts inside that sentence, after a word or at a relative or "such as" ('…an international collaboration
 * | that is trying to spot ripples…, says McLaughlin.'), starts at the sentence's first word instead, past a
 * linking "But" or "And". A sentence with a quote before the cue is left as it is: the quote marks what was said.
 * @example fromSentenceStart(context, cue, { start: 9, last: 20, side: 'before' }) // { start: 0, last: 20, side: 'before' }
 */
export function fromSentenceStart(context: StatementContext, cue: Cue, place: ContentPlace): ContentPlace {
  const { lower, isWord, sentenceOf, quoteOf } = context
  const comma = cue.start - 1
  if (lower[comma] !== ',' || place.last !== comma - 1) return place
  const sentence = sentenceOf[cue.start]
  if (sentenceOf[place.start] !== sentence) return place
  let first = place.start
  while (first > 0 && sentenceOf[first - 1] === sentence) first--
  for (let t = first; t < cue.start; t++) if (quoteOf[t] !== -1) return place
  if (first === place.start) return place
  if (!isWord[place.start - 1] && !INNER_OPENERS.has(lower[place.start] ?? '')) return place
  const words = trimToWords(context, first, place.last)
  if (!words) return place
  let start = words.start
  if (LINKS.has(lower[start] ?? '')) start++
  while (start < place.start && !isWord[start]) start++
  return start < place.start ? { start, last: place.last, side: place.side } : place
}
