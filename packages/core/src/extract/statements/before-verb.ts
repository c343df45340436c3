import type { StatementContext } from './context.ts'
import { AUXILIARIES } from './lexicon.ts'
import { VERB_POS } from './verb-pos.ts'

// A contracted auxiliary: "I've said", "they'd argued", "we'll say" ("'s" is left out: it is most often possessive).
const CONTRACTED = new Set([
  "'ve",
  "'d",
  "'ll",
  "'re",
  "'m",
  '\u2019ve',
  '\u2019d',
  '\u2019ll',
  '\u2019re',
  '\u2019m',
])
// A quantifier floated off its subject, or "long" of duration, between the subject and its verb: "the senators all
// argued", "the firms both said", "he has long said".
const FLOATED = new Set(['all', 'both', 'each', 'long'])

/**
 * Whether a cue's word stands before its verb without reporting anything: a contracted auxiliary, or a floated
 * quantifier or "long" right before a verb that is not an auxiliary ("all suggested", "has long said"; not "all the
 * reports", "have all been named").
 * @example precedesItsVerb(context, t, end) // true for "long" in "has long said"
 */
export function precedesItsVerb(context: StatementContext, t: number, end: number): boolean {
  const word = context.lower(t) ?? ''
  if (CONTRACTED.has(word)) return true
  // "have all been mentioned": a quantifier before an auxiliary is left as it was, the passive after it unread.
  const next = t + 1
  return (
    FLOATED.has(word) &&
    next < end &&
    VERB_POS.has(context.pos(next) ?? '') &&
    !AUXILIARIES.has(context.lower(next) ?? '')
  )
}
