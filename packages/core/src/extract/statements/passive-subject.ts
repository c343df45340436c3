import { isPassive } from './after-be.ts'
import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { VERB_POS } from './verb-pos.ts'

/**
 * Whether a draft is a passive whose content is only its subject, a noun phrase before the cue, with no one named
 * after "by" ('Pullman's trilogy has been attacked', 'Dunne's professionalism was famously questioned', 'A note of
 * concern has been expressed repeatedly'): what is talked about, not what was said. A clause before the cue ('The
 * talks failed, it is reported') and an agent after "by" ('His claims were denied by Mr Vale') stay.
 * @example namesOnlyItsSubject(context, draft, first) // true for "was questioned" in "His plan was questioned."
 */
export function namesOnlyItsSubject(
  context: StatementContext,
  draft: StatementDraft,
  first: number,
): boolean {
  const { cue, content, source } = draft
  if (draft.mode === 'direct' || content.last >= cue.start || !isPassive(context, first)) return false
  if (source && source.start >= cue.end && context.lower(source.start - 1) === 'by') return false
  for (let t = content.start; t <= content.last; t++) if (VERB_POS.has(context.pos(t) ?? '')) return false
  return true
}
