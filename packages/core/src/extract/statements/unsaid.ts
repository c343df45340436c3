import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

/**
 * Whether a cue reports words not given yet ("have yet to say where…", "is yet to explain why…"): the source has
 * not spoken, and unlike "has not said", nothing marks the cue negated, so it would read as words given. A refusal
 * ("would not say whether…") stays, a negated statement as the schema keeps it.
 * @example leavesUnsaid(context, draft, first) // true for "The club has yet to say where the cuts will fall"
 */
export function leavesUnsaid(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (draft.cue.negated) return false
  return context.lower(first - 1) === 'to' && context.lower(first - 2) === 'yet'
}
