import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import type { makeAnalysis } from '../test/fixtures.ts'
import { fill, probeArticle } from '../test/growing-store.ts'
import { queryRows, type Store } from './database.ts'
import { storeAnalysis } from './ingest.ts'

// Ingesting one article must read rows in proportion to that article (its names, their keys and bearers), never to
// the store: a query with no index to answer it scans a table, and reads more the more is stored. The measure is
// PostgreSQL's own count of rows read per table (sequential scans' rows plus index entries returned), flushed by
// `pg_stat_force_next_flush` so that nothing depends on time; PGlite keeps the same counters. On PostgreSQL the store
// has one connection, so that every statement of the ingest counts on the one flushed. The tables here are small
// (hundreds of rows), where a sequential scan and a hash join are the planner's right choice and read the whole
// table; with `enable_seqscan` off for the measured ingest, as a large table's costs would have it, a scan is left
// only where no index can answer, and that is what the test catches (dropping `actor_name_keys`' key makes it fail).

/** Rows read so far per table: sequential scans' rows plus the entries its index scans returned. */
async function rowsRead(store: Store): Promise<Map<string, number>> {
  // Flushes this connection's counters at its next idle moment, which the statement after it waits for.
  await store.db.execute(sql`select pg_stat_force_next_flush()`)
  await store.db.execute(sql`select 1`)
  const rows = await queryRows<{ table: string; read: number }>(
    store.db,
    sql`select t.relname as table,
          (coalesce(t.seq_tup_read, 0) + coalesce(sum(i.idx_tup_read), 0))::int as read
        from pg_stat_user_tables t left join pg_stat_user_indexes i on i.relid = t.relid
        group by t.relname, t.seq_tup_read`,
  )
  return new Map(rows.map((row) => [row.table, row.read]))
}

/** The rows per table that storing `analysis` read (tables it read none of left out); `asLarge`: no sequential scans. */
async function readBy(
  store: Store,
  analysis: ReturnType<typeof makeAnalysis>,
  asLarge: boolean,
): Promise<Record<string, number>> {
  const before = await rowsRead(store)
  // Plans the connection cached while the tables were small (its foreign-key checks' too) are made again: on
  // PostgreSQL, autovacuum's ANALYZE of a grown table drops them, which a test's few seconds do not wait for.
  await store.db.execute(sql`discard plans`)
  if (asLarge) await store.db.execute(sql`set enable_seqscan = off`)
  await storeAnalysis(store, analysis)
  if (asLarge) await store.db.execute(sql`reset enable_seqscan`)
  const after = await rowsRead(store)
  const read: Record<string, number> = {}
  for (const [table, count] of after) {
    const delta = count - (before.get(table) ?? 0)
    if (delta > 0) read[table] = delta
  }
  return read
}

const N = 25

/** Made-up people written straight into the tables (an actor, its identity and its full-name key each). */
async function padActors(store: Store, count: number): Promise<void> {
  await store.db.execute(sql`insert into actors (id, name, kind, search_text, article_count, statement_count)
    select 'person:made-' || g, 'Made Up' || g, 'person', 'made up' || g, 1, 0 from generate_series(1, ${count}) g`)
  await store.db.execute(sql`insert into actor_identities (actor_id, canonical_id, name, kind, rule, reason)
    select 'person:made-' || g, 'person:made-' || g, 'Made Up' || g, 'person', 'own', 'made up' from generate_series(1, ${count}) g`)
  await store.db.execute(sql`insert into actor_name_keys (key, actor_id)
    select 'n:made up' || g, 'person:made-' || g from generate_series(1, ${count}) g`)
}

describe.each(testBackends())('one ingest as the store grows, on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  let small: Record<string, number>
  let large: Record<string, number>
  let padded: Record<string, number>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open({ maxConnections: 1 }))
    await fill(store, 0, N)
    small = await readBy(store, probeArticle(0, 4000), true)
    await fill(store, N, 5 * N)
    large = await readBy(store, probeArticle(1, 4001), true)
    await padActors(store, 30_000)
    padded = await readBy(store, probeArticle(2, 4002), false)
  }, 600_000)
  afterAll(async () => dispose?.())

  it('reads about as many rows of each table with 5× the articles stored', () => {
    const tables = new Set([...Object.keys(small), ...Object.keys(large)])
    const grown = [...tables].filter((table) => (large[table] ?? 0) > 1.5 * (small[table] ?? 0) + 10)
    expect(grown, JSON.stringify({ small, large })).toEqual([])
    // The measure sees the ingest at all: it reads the name keys and identities of the people it names.
    expect(small.actor_name_keys ?? 0).toBeGreaterThan(0)
  })

  it('reads its own actors, not the table, with 30,000 more people stored and the planner left to its guesses', () => {
    // Two reads of the article's name keys once hashed every actor: 60,000 rows on PGlite (`keyed-actors.ts`).
    for (const table of ['actors', 'actor_identities', 'actor_name_keys']) {
      expect(padded[table] ?? 0, JSON.stringify(padded)).toBeLessThan(500)
    }
  })
})
