import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'

// Forms of "feel" after a subject that take a clause: "Vale feels that …", "she felt that …".
const FELT = new Set(['feels', 'felt'])
// Parts of speech that make "that" a pronoun subject when they follow it: "feels that is unfair".
const VERB_AFTER_THAT = new Set(['V', 'VD', 'M'])
// Subjects a view can be given to: a name ('P') or "he"/"she".
const HOLDERS = new Set(['he', 'she'])

/**
 * Cues of "feels that" or "felt that" right after a name or "he"/"she", outside quotes, that the learned tagger left
 * out: a view that counts as said only when the holder's own quote follows to voice it, which `isVoicedView`
 * checks ('Vale feels that the rule is unfair. "It …," he said.'). Returns only cues that overlap none of `found`.
 * @example findFeltCues(context, []) // [{ start: 1, end: 2, … }] for "feels" in "Vale feels that …"
 */
export function findFeltCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const cues: Cue[] = []
  for (let t = 1; t + 1 < context.tokens.length; t++) {
    if (!FELT.has(context.lower(t) ?? '') || context.lower(t + 1) !== 'that') continue
    if (context.quoteOf[t] !== -1 || context.sentenceOf[t - 1] !== context.sentenceOf[t]) continue
    if (context.pos(t - 1) !== 'P' && !HOLDERS.has(context.lower(t - 1) ?? '')) continue
    // "feels that is unfair": "that" is the subject, not the start of a clause given as the view.
    if (VERB_AFTER_THAT.has(context.pos(t + 2) ?? '')) continue
    if (found.some((cue) => cue.start <= t && cue.end > t)) continue
    cues.push(makeCue(context, t, t + 1))
  }
  return cues
}
