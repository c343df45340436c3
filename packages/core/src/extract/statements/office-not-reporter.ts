import type { Statement } from '../../schemas/statement.ts'
import type { Discourse } from './antecedents.ts'
import { officeHolders, officeOf } from './office-holders.ts'

/**
 * The speaker of an office named inside someone's report, after its cue ("A book by Ed Rolt claims the prime minister told Ann
 * Vale …", "According to Mr Rolt the prime minister said …"): whoever reports what the prime minister said is not the
 * prime minister, though they are the person in view. Such a speaker gives way to the one the article's other
 * mentions of the office give it to (see officeHolders), or to no one when that is the reporter too.
 * @example officeNotReporter(discourse, statement, resolved).speaker // 'person:tom-tarn', not 'person:ed-rolt'
 */
export function officeNotReporter(
  discourse: Discourse,
  statement: Statement,
  reports: readonly Statement[],
): Statement {
  const { source, speaker } = statement
  if (!source || speaker === null) return statement
  const office = officeOf(discourse.parsed.view.slice(source.start, source.end))
  if (office === undefined) return statement
  const reporter = reports.some(
    (report) =>
      report !== statement &&
      report.speaker === speaker &&
      report.cue !== null &&
      report.cue.end <= source.start &&
      report.content.start < source.end &&
      source.start < report.content.end,
  )
  if (!reporter) return statement
  const holder = officeHolders(discourse).get(office)
  return holder !== undefined && holder !== speaker
    ? { ...statement, speaker: holder }
    : { ...statement, speaker: null, speakerReason: 'unresolved' }
}
