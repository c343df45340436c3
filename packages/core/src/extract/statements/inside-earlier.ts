import type { StatementDraft } from './assemble.ts'

/**
 * Drops the statements that lie wholly inside the content of a statement whose cue comes after that content: in "The
 * aide chose to leave early, a source said", "chose" is part of what the source said. For reach 'all' only, as
 * PolNeAR gives each word one part in one attribution; a reader's list keeps such an inner report ('called the plan
 * "heartbreaking," according to the Times'), and `resolveNesting` settles the inner statements after an outer cue.
 * @example dropInsideEarlierContent(drafts).length // drafts.length minus the statements inside an earlier content
 */
export function dropInsideEarlierContent(drafts: readonly StatementDraft[]): StatementDraft[] {
  const ordered = [...drafts].sort((a, b) => a.cue.start - b.cue.start)
  const dropped = new Set<StatementDraft>()
  ordered.forEach((outer, at) => {
    if (dropped.has(outer) || outer.content.last >= outer.cue.start) return
    // Inner cues come before the outer one: walk back while they still lie inside its content.
    for (let k = at - 1; k >= 0; k--) {
      const inner = ordered[k] as StatementDraft
      if (inner.cue.start < outer.content.start) break
      if (inner.cue.end - 1 > outer.content.last) continue
      if (inner.content.start < outer.content.start || inner.content.last > outer.content.last) continue
      dropped.add(inner)
    }
  })
  return drafts.filter((draft) => !dropped.has(draft))
}
