import { assembleDraft, type StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { INVERTING } from './inversion.ts'
import { trimToWords } from './words.ts'

/**
 * The earlier statement ended before a later, inverted report whose content holds the earlier one's cue: in "The
 * agency cited two risks, officials said", "said" reports the whole clause before it, "cited" and all, so "cited"
 * runs only to the comma before "officials said" instead of taking the report in and leaving it out. Null when the
 * later report is not a verb of saying inverted around the earlier cue, when no comma or dash sets it off, or when
 * no words would stay.
 * @example endBeforeInvertedReport(context, cited, said)?.content // { start: 6, last: 9, side: 'after' }
 */
export function endBeforeInvertedReport(
  context: StatementContext,
  earlier: StatementDraft,
  later: StatementDraft,
): StatementDraft | null {
  const { content, cue, source } = later
  // Only a verb of saying inverts so ("officials said"); "…, a time of peace was promised" is a clause of its own.
  if (cue.end - cue.start !== 1 || !INVERTING.has(context.lower(cue.start) ?? '')) return null
  if (content.last >= cue.start || content.start > earlier.cue.start) return null
  if (content.last < earlier.cue.end - 1 || earlier.content.start < earlier.cue.start) return null
  const from = source && source.last < cue.start ? Math.min(source.start, cue.start) : cue.start
  if (from <= earlier.content.start || from > earlier.content.last) return null
  const mark = context.lower(from - 1) ?? ''
  if (mark !== ',' && mark !== '—' && mark !== '–') return null
  const rest = trimToWords(context, earlier.content.start, from - 2)
  if (!rest || rest.start < earlier.cue.end) return null
  return assembleDraft(context, earlier.cue, { ...rest, side: earlier.content.side }, earlier.source)
}
