import { beBefore, isPassive } from './after-be.ts'
import type { StatementContext } from './context.ts'
import { BE_FORMS } from './lexicon.ts'

// Relative pronouns that can be the subject of a passive inside a relative clause: "sheds which are described
// as…", "drivers who are told…". A closed class.
const RELATIVES = new Set(['who', 'which', 'that'])
// Auxiliaries that may stand between the relative and the forms of "be": "who have been told", "which had been".
const PERFECT = new Set(['has', 'have', 'had'])
// How far after the participle an agent's "by" may come: "described locally by fans as…".
const AGENT_REACH = 3

/**
 * Whether a reporting participle is a passive in a relative clause whose subject is the relative pronoun, with no
 * one named after "by" ("sheds which are described as unsafe to enter", "drivers who are told to stop must
 * pull over"): the clause tells what was done to the noun before it; no one named speaks. "Sheds which are
 * described by the owner as…" names who describes them, and stays.
 * @example isRelativePassive(context, t) // true for the "described" of "sheds which are described as unsafe"
 */
export function isRelativePassive(context: StatementContext, first: number): boolean {
  if (!isPassive(context, first)) return false
  let t = beBefore(context, first)
  while (t > 0 && (BE_FORMS.has(context.lower(t - 1) ?? '') || PERFECT.has(context.lower(t - 1) ?? ''))) t--
  const relative = t - 1
  if (relative < 0 || context.sentenceOf[relative] !== context.sentenceOf[first]) return false
  if (!RELATIVES.has(context.lower(relative) ?? '')) return false
  return !agentFollows(context, first)
}

/** Whether "by" comes within a few words after the participle, in its sentence: the passive names its agent. */
function agentFollows(context: StatementContext, first: number): boolean {
  for (
    let t = first + 1;
    t <= first + AGENT_REACH && context.sentenceOf[t] === context.sentenceOf[first];
    t++
  ) {
    if (context.lower(t) === 'by') return true
    if (!context.isWord[t]) return false
  }
  return false
}
