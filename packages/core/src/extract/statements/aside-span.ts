import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { VERB_POS } from './verb-pos.ts'
import { sentenceStartIn } from './windows.ts'
import { trimToWords } from './words.ts'

/**
 * The content around an aside set off by commas inside the words it reports ("Rents, say agents, will rise"): the
 * whole sentence from its start to its end, the cue and source left between its two parts; null when the words
 * before the aside hold a verb (they are a clause of their own, not a subject: "She cut hay, noted ducks, …") or no
 * words come before it.
 * @example sentenceAroundAside(context, cue, window, after) // { start: 0, last: 9, side: 'around' }
 */
export function sentenceAroundAside(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
  after: number,
): ContentPlace | null {
  const { pos, sentenceOf } = context
  const first = sentenceStartIn(context, cue.start, window)
  for (let t = first; t < cue.start; t++) if (VERB_POS.has(pos(t) ?? '')) return null
  let end = after
  while (end < window.to && sentenceOf[end] === sentenceOf[cue.start]) end++
  const words = trimToWords(context, first, end - 1)
  if (!words || words.start >= cue.start - 1) return null
  return { ...words, side: 'around' }
}
