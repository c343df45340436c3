import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { Discourse } from './antecedents.ts'
import { officeHolders, officeOf } from './office-holders.ts'

/**
 * The speaker of an office named inside someone's report, after its cue ("A book by Ed Rolt claims the prime minister told Ann
 * Vale …", "According to Mr Rolt the prime minister said …"): whoever reports what the prime minister said is not the
 * prime minister, though they are the person in view. Such a speaker gives way to the one the article's other
 * mentions of the office give it to (see officeHolders), or to no one when that is the reporter too.
 * `reports`: the article's statements as `byContentStart` indexes them, once for all its statements.
 * @example officeNotReporter(discourse, statement, byContentStart(resolved)).speaker // 'person:tom-tarn', not 'person:ed-rolt'
 */
export function officeNotReporter(
  discourse: Discourse,
  statement: Statement,
  reports: ContentIndex,
): Statement {
  const { source, speaker } = statement
  if (!source || speaker === null) return statement
  const office = officeOf(discourse.parsed.view.slice(source.start, source.end))
  if (office === undefined) return statement
  const reporter = reportsOver(reports, source).some(
    (report) =>
      report !== statement &&
      report.speaker === speaker &&
      report.cue !== null &&
      report.cue.end <= source.start,
  )
  if (!reporter) return statement
  const holder = officeHolders(discourse).get(office)
  return holder !== undefined && holder !== speaker
    ? { ...statement, speaker: holder }
    : { ...statement, speaker: null, speakerReason: 'unresolved' }
}

/** Reports sorted by where their content starts, with the furthest end any of the first i reach: an interval index. */
export interface ContentIndex {
  readonly reports: readonly Statement[]
  readonly contents: readonly Span[]
  readonly reach: readonly number[]
}

/**
 * The reports whose content overlaps `span`, found by binary search over the contents' starts and walked back only
 * while an earlier content can still reach the span, where reading every report for every office source made a long
 * text cost the product of the two counts.
 */
function reportsOver(index: ContentIndex, span: Span): Statement[] {
  const over: Statement[] = []
  for (
    let i = countStartingBefore(index.contents, span.end) - 1;
    i >= 0 && (index.reach[i] as number) > span.start;
    i--
  )
    if ((index.contents[i] as Span).end > span.start) over.push(index.reports[i] as Statement)
  return over
}

/** The statements by where their content starts, indexed for `officeNotReporter`: built once per article. */
export function byContentStart(reports: readonly Statement[]): ContentIndex {
  const sorted = [...reports].sort((a, b) => a.content.start - b.content.start)
  const contents = sorted.map((report) => report.content)
  const reach: number[] = []
  let furthest = Number.NEGATIVE_INFINITY
  for (const content of contents) {
    furthest = Math.max(furthest, content.end)
    reach.push(furthest)
  }
  return { reports: sorted, contents, reach }
}
