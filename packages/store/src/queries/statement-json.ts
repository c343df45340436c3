import type { StatementView } from '../views.ts'
import type { JsonText } from './json-text.ts'

/** A statement row as the list query reads it: the stored statement as JSON text, and what the view adds. */
export type StatementRow = {
  /** The stored statement (a JSON object) as the database prints it. */
  dataJson: string
  articleId: string
  ordinal: number
  articleTitle: string | null
  datedAt: string
  quote: string
  speakerName: string | null
  targetName: string | null
  cueText: string | null
  sourceText: string | null
}

/**
 * A row of the statement list query, read by position: data as text, article id, ordinal, date, quote, cue
 * text, source text, article title, speaker name, target name.
 * @example toStatementRow(['{"id": "s_1"}', 'a_1', 0, '2024-03-01T08:00:00.000Z', 'x', null, null, null, null, null])
 */
export function toStatementRow(values: readonly unknown[]): StatementRow {
  const row: Record<string, unknown> = {}
  ROW_COLUMNS.forEach((column, k) => {
    row[column] = values[k]
  })
  return row as StatementRow
}

// The columns of the statement list query, in the order it selects them.
const ROW_COLUMNS = [
  'dataJson',
  'articleId',
  'ordinal',
  'datedAt',
  'quote',
  'cueText',
  'sourceText',
  'articleTitle',
  'speakerName',
  'targetName',
] as const satisfies readonly (keyof StatementRow)[]

/**
 * A statement row as the JSON text of its StatementView: the stored statement with the view's fields appended,
 * the optional ones left out when null. The stored JSON is neither parsed nor printed again.
 * @example statementViewJson({ dataJson: '{"id": "s_1"}', articleId: 'a_1', …, speakerName: null, … })
 * // '{"id": "s_1","articleId":"a_1",…}'
 */
export function statementViewJson(row: StatementRow): JsonText<StatementView> {
  const open = row.dataJson.trimEnd().slice(0, -1).trimEnd()
  let json = `${open}${open === '{' ? '' : ','}"articleId":${JSON.stringify(row.articleId)},"articleTitle":${JSON.stringify(row.articleTitle)},"date":${JSON.stringify(row.datedAt)},"quote":${JSON.stringify(row.quote)}`
  if (row.speakerName !== null) json += `,"speakerName":${JSON.stringify(row.speakerName)}`
  if (row.targetName !== null) json += `,"targetName":${JSON.stringify(row.targetName)}`
  if (row.cueText !== null) json += `,"cueText":${JSON.stringify(row.cueText)}`
  if (row.sourceText !== null) json += `,"sourceText":${JSON.stringify(row.sourceText)}`
  return `${json}}`
}
