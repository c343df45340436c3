import { wellFormedText } from '@whosaid/core/io'
import { type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm'

/** How many items a page may hold; the API bounds `limit` to this too. */
export const MAX_LIMIT = 100

/** How many items a page holds when no limit is asked for. */
export const DEFAULT_LIMIT = 20

/** A page size within 1…MAX_LIMIT. */
export function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT
  return Math.min(MAX_LIMIT, Math.max(1, Math.trunc(limit)))
}

/** A half-open date range: `from` inclusive, `before` exclusive. */
export type DateRange = { from?: Date | undefined; before?: Date | undefined }

/**
 * The first and the last instant a store keeps: those with a four-digit year in UTC, which is what an ISO 8601
 * string (in and out of the database) can say. `Date#toISOString` writes other years as `0000`, `-000001` or
 * `+010000`, which PostgreSQL refuses.
 */
export const STORABLE_INSTANTS = {
  first: new Date('0001-01-01T00:00:00.000Z'),
  last: new Date('9999-12-31T23:59:59.999Z'),
} as const

/**
 * Whether a store can keep an instant (see `STORABLE_INSTANTS`); false for an invalid date.
 * @example isStorableInstant(new Date('0001-01-01T00:00:00+14:00')) // false: it is 0000-12-31 in UTC
 */
export function isStorableInstant(date: Date): boolean {
  const time = date.getTime()
  return time >= STORABLE_INSTANTS.first.getTime() && time <= STORABLE_INSTANTS.last.getTime()
}

/**
 * A range bound as the database reads it. A bound past either end of the storable instants is `-infinity` or
 * `infinity`, which keeps its meaning exactly: no kept instant lies beyond it, so it holds for all or for none.
 */
function boundText(date: Date): string {
  if (date.getTime() < STORABLE_INSTANTS.first.getTime()) return '-infinity'
  if (date.getTime() > STORABLE_INSTANTS.last.getTime()) return 'infinity'
  return date.toISOString()
}

/** Conditions that keep a date column inside a range. */
export function dateConditions(column: SQLWrapper, range: DateRange): SQL[] {
  const conditions: SQL[] = []
  if (range.from) conditions.push(sql`${column} >= ${boundText(range.from)}::timestamptz`)
  if (range.before) conditions.push(sql`${column} < ${boundText(range.before)}::timestamptz`)
  return conditions
}

/**
 * Conditions that keep a date column inside a range given later as the placeholders `from` and `before`
 * (see `dateValues`), for the bounds the shape has.
 */
export function dateConditionsAt(column: SQLWrapper, shape: { from: boolean; before: boolean }): SQL[] {
  const conditions: SQL[] = []
  if (shape.from) conditions.push(sql`${column} >= ${sql.placeholder('from')}::timestamptz`)
  if (shape.before) conditions.push(sql`${column} < ${sql.placeholder('before')}::timestamptz`)
  return conditions
}

/** The placeholder values of `dateConditionsAt`: a range's bounds as ISO 8601 strings. */
export function dateValues(range: DateRange): { from: string | undefined; before: string | undefined } {
  return {
    from: range.from && boundText(range.from),
    before: range.before && boundText(range.before),
  }
}

/** What `websearch_to_tsquery` passes over between a `-` and its word: white space and tsquery's operators. */
const SKIPPED = /[\s!&|()<]/

/**
 * A web-search query as the database can always parse it, meaning what it meant. Text is read as it is stored
 * (a NUL or a lone surrogate as U+FFFD; PostgreSQL refuses a NUL in a query). A run of `-` with only white space
 * or operators between makes as many NOTs in a row, and 32 of them overflow the parser's stack ("tsquery stack
 * too small"); since two NOTs cancel, a run becomes one `-` when it has an odd number of them and none
 * otherwise, in the same length. A `-` inside a word (`e-mail`) or inside quotes is no operator and stays.
 * @example searchQuery('---sanctions') // '  -sanctions'
 * @example searchQuery('-- "cease-fire"') // '   "cease-fire"'
 */
export function searchQuery(q: string): string {
  const text = wellFormedText(q)
  if (!text.includes('--') && !/-[\s!&|()<]/.test(text)) return text
  let out = ''
  let inQuotes = false
  let i = 0
  while (i < text.length) {
    const char = text.charAt(i)
    const startsOperand = i === 0 || SKIPPED.test(text.charAt(i - 1)) || text.charAt(i - 1) === '"'
    if (char === '"') inQuotes = !inQuotes
    if (char !== '-' || inQuotes || !startsOperand) {
      out += char
      i++
      continue
    }
    let end = i
    let nots = 0
    while (end < text.length && (text.charAt(end) === '-' || SKIPPED.test(text.charAt(end)))) {
      if (text.charAt(end) === '-') nots++
      end++
    }
    // Every `-` but the last becomes a space, and the last one too when the NOTs cancel out.
    const last = nots % 2 === 1 ? text.lastIndexOf('-', end - 1) : end
    for (let at = i; at < end; at++) out += text.charAt(at) === '-' && at !== last ? ' ' : text.charAt(at)
    i = end
  }
  return out
}

/** The text search query of `q` in web-search syntax (words, "phrases", -not, or), in English. */
export function webSearchQuery(q: string | Placeholder): SQL {
  return sql`websearch_to_tsquery('english', ${typeof q === 'string' ? searchQuery(q) : q})`
}

/** A full-text match of `q` (web-search syntax) against a tsvector column. */
export function textMatch(column: SQLWrapper, q: string | Placeholder): SQL {
  return sql`${column} @@ ${webSearchQuery(q)}`
}

/** A LIKE pattern matching `text` anywhere, read as it is stored (see `searchQuery`), with LIKE's wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${wellFormedText(text)
    .toLowerCase()
    .replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

/** Joins conditions with AND (an empty list matches everything). */
export function allOf(conditions: readonly SQL[]): SQL {
  return conditions.length === 0
    ? sql`true`
    : sql.join(
        conditions.map((condition) => sql`(${condition})`),
        sql` and `,
      )
}

/** A timestamptz as an ISO 8601 UTC string, formatted by the database so every driver answers the same. */
export function isoOf(column: SQLWrapper): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
}

/** Splits `limit + 1` fetched rows into a page and whether another page follows. */
export function splitPage<Row>(rows: Row[], limit: number): { rows: Row[]; more: boolean } {
  return rows.length > limit ? { rows: rows.slice(0, limit), more: true } : { rows, more: false }
}
