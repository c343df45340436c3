import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'

// Words before "say" that make it the noun of having a part in a decision: "a greater say", "the final say",
// "their say". "Some say", "many say", "both say" are people saying.
const SAY_NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'no',
  'any',
  'more',
  'greater',
  'bigger',
  'stronger',
  'final',
  'last',
  'real',
  'equal',
  'direct',
  'little',
  'their',
  'his',
  'its',
  'our',
  'your',
  'my',
])

/**
 * Whether a one-word cue is a noun, no verb of saying: "say" after an article, a comparative or a possessive
 * ('should have a greater say in reforms', 'the final say'), "writing" after "in" ('commit it in writing').
 * @example isNounCue(context, cue) // true for "say" in "a greater say"
 */
export function isNounCue(context: StatementContext, cue: Cue): boolean {
  if (cue.end - cue.start !== 1) return false
  const word = context.lower(cue.start)
  const before = context.lower(cue.start - 1) ?? ''
  if (word === 'say') return SAY_NOUN_BEFORE.has(before)
  return word === 'writing' && before === 'in'
}
