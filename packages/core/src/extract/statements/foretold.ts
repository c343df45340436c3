import type { StatementContext } from './context.ts'

// Modals of the future or of a condition: what someone will or would say.
const FUTURE_MODALS = new Set(['will', 'would', "'ll", 'wo'])
// Adverbs of the writer's certainty: "will undoubtedly claim", "would probably argue". A closed class.
const CERTAINTY = new Set([
  'undoubtedly',
  'doubtless',
  'surely',
  'probably',
  'presumably',
  'inevitably',
  'certainly',
  'likely',
])

// The most words before the cue's verb that may hold its modal and adverb ("would | probably | say").
const LOOK_BACK = 3

/**
 * Whether a cue is the writer's guess at words not yet said: a future or conditional modal with an adverb of
 * certainty in or right before the cue ("Mr Lee will undoubtedly claim…", "she would probably argue…", "he will no
 * doubt say…"). A speech given out before it is made ("will tell MPs on Monday that…") has no such adverb.
 * @example isForetold(context, draft.cue.start, first) // true for "will undoubtedly claim"
 */
export function isForetold(context: StatementContext, start: number, first: number): boolean {
  let modal = false
  let certain = false
  // The cue may hold the modal ("will undoubtedly claim") or start at its verb, the modal before it.
  for (let t = first - 1; t >= 0 && t >= Math.min(start, first) - LOOK_BACK; t--) {
    if (context.isWord[t] !== 1 || context.sentenceOf[t] !== context.sentenceOf[first]) break
    const word = context.lower(t) ?? ''
    if (FUTURE_MODALS.has(word)) modal = true
    if (CERTAINTY.has(word) || (word === 'doubt' && context.lower(t - 1) === 'no')) certain = true
  }
  return modal && certain
}
