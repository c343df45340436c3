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

/** Conditions that keep a date column inside a range. */
export function dateConditions(column: SQLWrapper, range: DateRange): SQL[] {
  const conditions: SQL[] = []
  if (range.from) conditions.push(sql`${column} >= ${range.from.toISOString()}::timestamptz`)
  if (range.before) conditions.push(sql`${column} < ${range.before.toISOString()}::timestamptz`)
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
  return { from: range.from?.toISOString(), before: range.before?.toISOString() }
}

/** The text search query of `q` in web-search syntax (words, "phrases", -not, or), in English. */
export function webSearchQuery(q: string | Placeholder): SQL {
  return sql`websearch_to_tsquery('english', ${q})`
}

/** A full-text match of `q` (web-search syntax) against a tsvector column. */
export function textMatch(column: SQLWrapper, q: string | Placeholder): SQL {
  return sql`${column} @@ ${webSearchQuery(q)}`
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`
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
