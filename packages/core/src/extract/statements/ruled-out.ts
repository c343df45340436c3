import { beBefore } from './after-be.ts'
import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { objectToClauseEnd } from './criticism-cues.ts'
import { type Cue, makeCue } from './cue.ts'
import { AUXILIARIES, NEGATIONS } from './lexicon.ts'
import { type PlacedCue, withPlacedCues } from './placed-cues.ts'
import type { ContentPlace } from './source-candidates.ts'

// The verb's forms; "rule out" is a position taken only in the active voice.
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling'])
// Sources that name no one taking a position: "this rules out a merger", "which ruled out a deal".
const NO_HOLDER = new Set(['this', 'that', 'which', 'there'])
// Verbs of refusing that take the phrase as their infinitive: "refused to rule out".
const REFUSING = new Set(['refused', 'refuses', 'refusing', 'declined', 'declines', 'declining'])

/** The token of "rule" in "rule out" inside a cue; -1 when there is none. */
function ruleOutAt(context: StatementContext, cue: Cue): number {
  for (let t = cue.start; t < cue.end; t++) if (opensRuleOut(context, t)) return t
  return -1
}

// Words after "ruled out" that make it a player's or a runner's absence, a passive with its "be" left out: "With Ann
// Vale ruled out of the final", "ruled out for six weeks".
const ABSENCE = new Set(['of', 'for'])

/** Whether token t is "rule" of "rule out" in the active voice, outside quotes. */
function opensRuleOut(context: StatementContext, t: number): boolean {
  if (!RULE.has(context.lower(t) ?? '') || context.lower(t + 1) !== 'out') return false
  if (ABSENCE.has(context.lower(t + 2) ?? '')) return false
  return context.quoteOf[t] === -1 && beBefore(context, t) < 0
}

// How many auxiliaries, negations and adverbs a cue takes in before "rule": "has also not ruled out".
const REACH_BACK = 4

/**
 * The cues with the active "rule out" phrases the learned tagger left out or cut short, with the auxiliaries,
 * negations and adverbs before them and a verb of refusing that takes the phrase as its infinitive ("does not rule
 * out", "has also not ruled out", "refused to rule out"): a found cue that overlaps the phrase gives way to it, one
 * that holds it already stays.
 * @example withRuleOutCues(context, []) // [{ start: 3, end: 7, … }] for "did not rule out" in "The crews did not rule out a walkout"
 */
export function withRuleOutCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const { lower } = context
  const placed: PlacedCue[] = []
  let held: Uint8Array | undefined
  for (let t = 1; t + 1 < context.tokens.length; t++) {
    if (!opensRuleOut(context, t)) continue
    held ??= heldPairs(found, context.tokens.length)
    if (held[t] === 1) continue
    let from = t
    const sentence = context.sentenceOf[t]
    const joins = (k: number) =>
      context.sentenceOf[k] === sentence &&
      (AUXILIARIES.has(lower(k) ?? '') || NEGATIONS.has(lower(k) ?? '') || context.pos(k) === 'R')
    while (from > 0 && t - from < REACH_BACK && joins(from - 1)) from--
    if (lower(from - 1) === 'to' && REFUSING.has(lower(from - 2) ?? '')) from -= 2
    placed.push({ cue: makeCue(context, from, t + 2), clears: { from, to: t + 2 } })
  }
  return withPlacedCues(found, placed)
}

/** Marks each token t whose pair t, t + 1 a found cue holds whole ("did not rule out" holds "rule out"). */
function heldPairs(found: readonly Cue[], length: number): Uint8Array {
  const held = new Uint8Array(length)
  for (const cue of found) held.fill(1, cue.start, Math.max(cue.start, cue.end - 1))
  return held
}

/**
 * The content of an active "rule out" cue: what is ruled out, from the word after "out" to the end of its clause
 * ("did not rule out *a walkout in the spring*, saying …"); null for another cue. The ranker, trained on
 * clauses, cuts such a noun phrase short or takes the subject.
 * @example ruledOutContent(context, cue) // { start: 5, last: 9, side: 'after' }
 */
export function ruledOutContent(context: StatementContext, cue: Cue): ContentPlace | null {
  const rule = ruleOutAt(context, cue)
  return rule < 0 ? null : objectToClauseEnd(context, rule + 2)
}

/**
 * Whether a draft reports someone ruling a course out or refusing to ("does not rule out a second term", "has ruled out
 * tax rises", "refused to rule out a fare rise"): a position stated in public, as readers of news count it, though the
 * lexicon files "rule" with neither speech nor belief. The passive ("has been ruled out of the match", "cannot be
 * ruled out") says what was done to its subject, no one's position; "this rules out …" names a thing, not a holder.
 * @example rulesOut(context, draft) // true for "has not ruled out" in "Ms Vale has not ruled out a second term"
 */
export function rulesOut(context: StatementContext, draft: StatementDraft): boolean {
  const rule = ruleOutAt(context, draft.cue)
  if (rule < 0) return false
  // The subject right before the cue: "this rules out a picnic", whichever source the ranker chose.
  return draft.source !== null && !NO_HOLDER.has(context.lower(draft.cue.start - 1) ?? '')
}
