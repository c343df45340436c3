import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { isFiniteVerb } from './words.ts'

// The participle of a passive ("is described as", "was reported", "expected to") and the gerund whose subject is the
// main clause's ("After denying the rumours, Lee announced…", "by asking what they would do").
const NON_FINITE_VERBS = new Set(['VN', 'VG'])

/**
 * Whether a draft without a source can still be a report: its cue holds a finite verb, a participle or a gerund, as
 * a passive or a clause whose speaker goes unnamed does ("The suspect is described as…", "It was reported that…",
 * "…, officials have stressed", "is heard asking if…"). A cue that is a noun, an infinitive or a bare verb with no
 * one named is a heading, a topic or an instruction ("Questions about studying abroad", "Concerns about growth
 * weighed on…", "a call to action", "Drivers should ask if…"), not a statement.
 * @example isUnnamedReport(context, draft) // false for the cue of "Questions about studying in Japan"
 */
export function isUnnamedReport(context: StatementContext, draft: StatementDraft): boolean {
  for (let t = draft.cue.start; t < draft.cue.end; t++) {
    if (isFiniteVerb(context, t) || NON_FINITE_VERBS.has(context.pos(t) ?? '')) return true
  }
  return false
}
