import type { Analysis } from '../schemas/analysis.ts'
import { contentText, indexActors, sliceSpan, toList } from './spans.ts'

/** The columns of the CSV export, in order: one row per statement. */
export const CSV_COLUMNS = [
  'article_id',
  'statement_id',
  'speaker_id',
  'speaker_name',
  'cue',
  'content',
  'mode',
  'negated',
  'target_id',
  'target_name',
  'polarity',
  'content_start',
  'content_end',
  'cue_start',
  'cue_end',
  'source_start',
  'source_end',
  'article_url',
  'article_published_at',
] as const

/** Options for `formatCsv`. */
export interface CsvFormatOptions {
  /** Start with a UTF-8 byte order mark, so that Excel reads accents and quotes right. Default false. */
  bom?: boolean
}

type Cell = string | number | boolean | null | undefined

/**
 * Serializes statements as CSV (RFC 4180: CRLF line ends, quotes doubled), one row per statement with the
 * speaker, cue, content, target, polarity and UTF-16 offsets, under a header row. Cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe.
 * @example formatCsv(analyze(text)).split('\r\n')[0] // 'article_id,statement_id,speaker_id,…'
 */
export function formatCsv(input: Analysis | readonly Analysis[], options: CsvFormatOptions = {}): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]]
  for (const analysis of toList(input)) {
    const { article } = analysis
    const actors = indexActors(analysis)
    for (const statement of analysis.statements) {
      const target = statement.stance?.target
      rows.push([
        article.id,
        statement.id,
        statement.speaker,
        statement.speaker === null ? null : actors.get(statement.speaker)?.name,
        sliceSpan(article.text, statement.cue),
        contentText(article.text, statement),
        statement.mode,
        statement.negated,
        target,
        target === undefined ? null : actors.get(target)?.name,
        statement.stance?.polarity,
        statement.content.start,
        statement.content.end,
        statement.cue?.start,
        statement.cue?.end,
        statement.source?.start,
        statement.source?.end,
        article.url,
        article.publishedAt,
      ])
    }
  }
  const body = rows.map((row) => `${row.map(formatCell).join(',')}\r\n`).join('')
  return options.bom ? `\uFEFF${body}` : body
}

// Spreadsheets run a cell as a formula when it starts with one of these (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\uFF0B\uFF1D\uFF0D\uFF20]/
const NEEDS_QUOTES = /[",\r\n]/

/** One CSV cell: numbers and booleans as written, text defused and quoted when it must be. */
export function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell !== 'string') return String(cell)
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
