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

// Parts of speech of a word that opens a noun phrase before a modifying participle: "the asking price", "their
// closing remarks", "an average asking price". Not pronouns: 'with him telling reporters' opens no noun phrase.
const PHRASE_OPENERS = new Set(['D', 'J', 'S', 'NUM'])

/**
 * Whether a cue ends in a gerund that modifies the noun after it, inside a noun phrase: 'the average asking
 * price', 'the main talking point'. The noun, not a speaker's words, follows it.
 * @example isModifyingGerund(context, cue) // true for "asking" in "the average asking price fell"
 */
export function isModifyingGerund(context: StatementContext, cue: Cue): boolean {
  const last = cue.end - 1
  const word = context.lower(last) ?? ''
  if (!word.endsWith('ing') || context.shape(last) !== 'x') return false
  if (context.pos(cue.end) !== 'N' || context.shape(cue.end) !== 'x') return false
  // The words of the cue before the gerund must be the phrase's own: 'the main talking point'.
  for (let t = cue.start; t < last; t++) if (!PHRASE_OPENERS.has(context.pos(t) ?? '')) return false
  return PHRASE_OPENERS.has(context.pos(last - 1) ?? '')
}
