import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { FINITE_AUXILIARIES } from './words.ts'

/**
 * Whether a draft's cue is a participle describing the sentence's subject and its content the sentence's own verb
 * phrase: the content opens right after the "-ing" cue on a modal or a finite auxiliary, which no reported clause
 * does without a subject ('Fans complaining should write to the club', 'Tenants complaining have been offered a flat'). 'which he
 * said would fail' (a relative's gap, cue not "-ing") and 'Fans are complaining that fees will rise' stay.
 * @example describesItsSubject(context, draft, first) // true for "complaining" in "Fans complaining should write."
 */
export function describesItsSubject(
  context: StatementContext,
  draft: StatementDraft,
  first: number,
): boolean {
  const { cue, content } = draft
  if (draft.mode !== 'indirect' || content.start !== cue.end) return false
  if (!(context.lower(first) ?? '').endsWith('ing')) return false
  return context.pos(content.start) === 'M' || FINITE_AUXILIARIES.has(context.lower(content.start) ?? '')
}
