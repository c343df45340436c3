import { afterBe } from './after-be.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

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
  return afterBe(context, first)
}
