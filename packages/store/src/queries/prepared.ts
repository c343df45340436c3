import type { Database } from '../database.ts'

/** Built queries of each database, by the name of their filter shape. */
const cache = new WeakMap<Database, Map<string, unknown>>()

/**
 * The query for `shape` on `db` (e.g. Drizzle's SQL text with placeholders), built once with `build` and then
 * reused: Drizzle turns it into SQL once per shape instead of once per request, and the driver sees the same
 * text each time (postgres.js keeps a server-side prepared statement per connection for it). Values go in
 * through `sql.placeholder` and `fillPlaceholders`.
 * @example const query = preparedQuery(store.db, 'list_statements:speaker', () => buildQuery(store).toSQL())
 */
export function preparedQuery<Query>(db: Database, shape: string, build: () => Query): Query {
  let byShape = cache.get(db)
  if (!byShape) {
    byShape = new Map()
    cache.set(db, byShape)
  }
  let query = byShape.get(shape) as Query | undefined
  if (query === undefined) {
    query = build()
    byShape.set(shape, query)
  }
  return query
}

/**
 * The name of a query shape: the query's name and the filters it has, in a fixed order.
 * @example shapeName('list_statements', { speaker: true, q: false }) // 'list_statements:speaker'
 */
export function shapeName(name: string, shape: Record<string, boolean>): string {
  let key = name
  for (const [filter, present] of Object.entries(shape)) if (present) key += `:${filter}`
  return key
}
