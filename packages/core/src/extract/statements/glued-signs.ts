import type { Span } from '../../schemas/span.ts'
import type { StatementContext } from './context.ts'

// Signs that belong to the number they touch, which the tokenizer keeps apart from it as marks: a currency before
// ("£3m", "$20bn"), a percent after ("4%"). A closed class.
const SIGNS_BEFORE = new Set(['£', '$', '€', '¥'])
const SIGNS_AFTER = new Set(['%'])

/**
 * The span of the words first…last, widened over a sign glued to its first or last word: what was said is "£3m was
 * lost" and "under 4%", not "3m was lost" and "under 4". A sign with a space between stays out.
 * @example spanWithSigns(context, first, last) // the span of "rose 4%", where the words end at "4"
 */
export function spanWithSigns(context: StatementContext, first: number, last: number): Span {
  const { tokens } = context
  let start = tokens[first]?.start ?? 0
  let end = tokens[last]?.end ?? 0
  const before = tokens[first - 1]
  if (before && before.end === start && SIGNS_BEFORE.has(before.text)) start = before.start
  const after = tokens[last + 1]
  if (after && after.start === end && SIGNS_AFTER.has(after.text)) end = after.end
  return { start, end }
}
