import { afterBe } from './after-be.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'
import { isFiniteVerb } from './words.ts'

// Verbs whose passive, raised onto its subject, reports what is rumoured of the subject, not what it said: 'The
// chancellor is said to be sceptical', 'Her offer is reported to have cut…', 'He is understood to have left'; and so of
// what was found or shown of it, with no finder named: 'The bank was found to have broken the rules'.
const RAISING = new Set(
  'say report rumour rumor believe think understand know consider allege find show shown'
    .split(' ')
    .map(stemWord),
)

/**
 * Whether a cue's word is a passive of saying or believing raised onto its subject ("is said to be", "were reported
 * to have"): hearsay with no one named as saying it, and its subject is what is talked about, never the speaker.
 * "is quoted as saying" and "was told to" are not this.
 * @example isHearsay(context, first) // true for "said" in "Tarn is said to be furious"
 */
export function isHearsay(context: StatementContext, first: number): boolean {
  if (!RAISING.has(context.stem(first) ?? '')) return false
  if (context.lower(first + 1) !== 'to' || context.pos(first + 2) === 'D') return false
  return afterBe(context, first) || raisedOntoNoun(context, first)
}

// The infinitives of hearsay raised onto a noun: "bakers alleged to have…", "a man said to be…".
const RAISED = new Set(['have', 'be'])

/**
 * Whether the participle is reduced onto the common noun right before it, "to have" or "to be" after it, and the
 * sentence's own verb later in the same clause ("fines on bakers alleged to have sold stale bread were paid", "a man
 * said to be the leader was held"): the hearsay of a relative clause with its "who are" left out. "Police said to be
 * careful" has no verb after and stays, as does one whose verb is past a comma or a word opening another clause
 * ("Guards said to be calm because the gate was shut").
 */
function raisedOntoNoun(context: StatementContext, first: number): boolean {
  const { sentenceOf } = context
  if (context.pos(first - 1) !== 'N' || sentenceOf[first - 1] !== sentenceOf[first]) return false
  if (!RAISED.has(context.lower(first + 2) ?? '')) return false
  // "to have sold bread": a participle right after the infinitive's "have" or "be" is its own, not a finite verb.
  for (let t = first + 3; sentenceOf[t] === sentenceOf[first] && t < context.tokens.length; t++) {
    if (CLAUSE_ENDS.has(context.lower(t) ?? '')) return false
    if (RAISED_AUXILIARIES.has(context.lower(t - 1) ?? '')) continue
    // A present verb, not an infinitive ("to drive"): "The baker alleged to have lied denies it".
    if (isFiniteVerb(context, t) || (context.pos(t) === 'V' && context.lower(t - 1) !== 'to')) return true
  }
  return false
}

// Marks and words that end the clause of the infinitive or open another one, past which a verb is not the noun's.
const CLAUSE_ENDS = new Set(
  ', ; : and but or because as since while when whereas although though if so until unless before after'.split(
    ' ',
  ),
)
// The forms of "have" and "be" whose participle belongs to them, not to the sentence.
const RAISED_AUXILIARIES = new Set(['have', 'be', 'been', 'having', 'being'])
