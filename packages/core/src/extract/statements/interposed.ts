import { sentenceAroundAside } from './aside-span.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { PREDICATE_POS, VERB_POS } from './verb-pos.ts'

// How many tokens the source set off by commas after "according to" may hold ('Mr. Marcus', 'the Treasury's own
// figures').
const MAX_SOURCE = 8

/**
 * The content of "according to" set off by commas inside the words it reports ('Peak demand, according to Mr.
 * Marcus, reached 44,947 megawatts.'): the sentence around it, the source and the cue left between its two parts;
 * null when the cue is not such an aside: its source runs to the sentence's end, or what comes before it is not a
 * subject (it holds a verb) and what comes after it not that subject's predicate ('…, according to X, a former aide',
 * '…, according to X, and…').
 * @example interposedContent(context, cue, window) // { start: 0, last: 14, side: 'around' }
 */
export function interposedContent(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): ContentPlace | null {
  const { lower, pos, isWord } = context
  if (lower(cue.start) !== 'according' || lower(cue.start - 1) !== ',') return null
  let comma = cue.end
  while (comma < window.to && comma - cue.end <= MAX_SOURCE && lower(comma) !== ',') {
    if (!isWord[comma] || VERB_POS.has(pos(comma) ?? '')) return null
    comma++
  }
  if (lower(comma) !== ',' || comma === cue.end) return null
  // The subject before the aside, its predicate right after it: 'Demand, according to X, reached…'.
  let next = comma + 1
  while (pos(next) === 'R') next++
  if (!PREDICATE_POS.has(pos(next) ?? '')) return null
  return sentenceAroundAside(context, cue, window, next)
}
