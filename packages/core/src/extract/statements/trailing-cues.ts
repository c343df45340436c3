import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { trailingComma } from './trailing.ts'
import { cueWindow } from './windows.ts'

// Finite forms of verbs of saying that close a sentence after their subject ('…, a panel of experts has warned.'):
// the learned tagger may pass over one whose sentence looks unlike its training ('"shocking" levels, a committee of
// MPs and peers has warned'). Not "claims", "states", "reports": as often plural nouns ('…, the United States.').
const TRAILING_SPEECH = new Set(
  'said says told warned warns announced announces claimed added adds argued argues insisted insists confirmed confirms revealed reveals explained explains admitted admits stated cautioned cautions conceded concedes acknowledged acknowledges reported predicted predicts'.split(
    ' ',
  ),
)
// Auxiliaries that belong to the cue before such a verb: 'has warned', 'had announced'.
const PERFECT = new Set(['has', 'have', 'had'])

/**
 * Cues of a trailing report the tagger left out: a verb of saying after a short subject that follows the comma
 * closing what was said, with at most a listener or a time before the sentence ends ('Fares will rise, the rail firm
 * has announced.'), outside quotes. Returns only cues that overlap none of `found`.
 * @example findTrailingCues(context, []) // one cue, "has announced", for the sentence above
 */
export function findTrailingCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const taken = new Uint8Array(context.tokens.length)
  for (const cue of found) taken.fill(1, cue.start, cue.end)
  const cues: Cue[] = []
  for (let t = 2; t < context.tokens.length; t++) {
    if (context.shape(t) !== 'x' || !TRAILING_SPEECH.has(context.lower(t) ?? '') || context.quoteOf[t] !== -1)
      continue
    const start = PERFECT.has(context.lower(t - 1) ?? '') ? t - 1 : t
    if (taken.subarray(start, t + 1).some((x) => x === 1)) continue
    const cue = makeCue(context, start, t + 1)
    if (trailingComma(context, cue, cueWindow(context, cue)) >= 0) cues.push(cue)
  }
  return cues
}
