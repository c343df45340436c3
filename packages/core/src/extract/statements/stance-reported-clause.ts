import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'

// Nouns whose "that" clause holds what someone else decided, reported or planned: "a decision that Y should",
// "reports that Y must", "the plan that Y should take over". Not "the view that", "my belief that": the speaker's own.
const REPORTED_NOUNS = new Set(
  `decision decisions ruling verdict judgment judgement report reports claim claims rumour rumours rumor rumors
    speculation suggestion suggestions expectation expectations assumption agreement deal plan plans`.split(
    /\s+/,
  ),
)

// Words that may open the actor after "that": "a decision that *the* firm should".
const OPENERS = new Set(['the', 'a', 'an'])

/**
 * Whether the actor starting at `start` opens a "that" clause of a noun of someone's decision or report: "a
 * decision that Y should merge was taken" tells what was decided, not what the speaker demands of Y.
 * @example inReportedClause(tokens, start) // true for "the ruling that Y must pay"
 */
export function inReportedClause(tokens: readonly Token[], start: number): boolean {
  let k = countStartingBefore(tokens, start) - 1
  if (OPENERS.has(tokens[k]?.text.toLowerCase() ?? '')) k -= 1
  if (tokens[k]?.text.toLowerCase() !== 'that') return false
  return REPORTED_NOUNS.has(tokens[k - 1]?.text.toLowerCase() ?? '')
}
