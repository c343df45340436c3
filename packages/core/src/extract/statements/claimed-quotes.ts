import { assembleDraft, quoteAfterCue, type StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { trimToWords } from './words.ts'

/**
 * A quote that names its own speaker after it belongs to that statement, not to the one before whose content runs
 * on into it: in '"A," she said. "B," said Vale.' the first statement is "A" alone, where it took "A" and "B" as
 * the two parts of one quote around its cue, and "B" was found twice. A content around its cue ends with its first
 * quote when a later statement's content is the quote that content's second part opens.
 * @example releaseClaimedQuotes(context, drafts) // the first draft cut to its first quote
 */
export function releaseClaimedQuotes(
  context: StatementContext,
  drafts: readonly StatementDraft[],
): StatementDraft[] {
  const claimed = new Set<number>()
  for (const draft of drafts) {
    const quote = context.quotes[context.quoteOf[draft.content.start] ?? -1]
    if (quote && attributesRightAfter(draft, quote.end))
      claimed.add(context.quoteOf[draft.content.start] as number)
  }
  if (claimed.size === 0) return [...drafts]
  return drafts.map((draft) => {
    if (draft.content.side !== 'around') return draft
    const { quotes, quoteOf } = context
    const second = quoteAfterCue(context, draft.cue, draft.content.last)
    if (second < 0 || !claimed.has(second)) return draft
    const first = quotes[quoteOf[draft.content.start] ?? -1]
    const end = first && first.end <= draft.cue.start ? first.innerEnd - 1 : draft.cue.start - 1
    const range = trimToWords(context, draft.content.start, end)
    return range ? assembleDraft(context, draft.cue, { ...range, side: 'before' }, draft.source) : draft
  })
}

/** Whether the draft's cue follows the quote at once, or after its source alone ('"B," said Vale', '"B," Vale said'). */
function attributesRightAfter(draft: StatementDraft, quoteEnd: number): boolean {
  const { cue, source } = draft
  return (
    cue.start === quoteEnd || (source !== null && source.start === quoteEnd && source.last + 1 === cue.start)
  )
}
