import { afterBe } from './after-be.ts'
import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Verbs of being questioned: in the passive, their subject is who was asked, by the police or a panel.
const QUESTIONING = new Set(['questioned', 'interviewed', 'quizzed', 'interrogated'])

/**
 * Whether a draft is someone being questioned, with its subject taken as the content: "Five men were questioned by
 * police before being freed" reports an interview, not words said; what they said, if anything, is not given. A
 * passive of questioning with its content before the cue; "was questioned about whether the plan would work" (content
 * after the cue) and "Ann Lee questioned the plan" (no passive) stay.
 * @example isQuestionedSubject(context, draft) // true for "were questioned" in "Five men were questioned by police."
 */
export function isQuestionedSubject(context: StatementContext, draft: StatementDraft): boolean {
  const head = draft.cue.head
  if (!QUESTIONING.has(context.lower(head) ?? '') || !afterBe(context, head)) return false
  return draft.content.last < draft.cue.start
}
