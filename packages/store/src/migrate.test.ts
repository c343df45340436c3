import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis, RUSSIA, RYABKOV, USA } from '../test/fixtures.ts'
import { queryRows, type Store } from './database.ts'
import { articlesOfStatement } from './identity-article.ts'
import { storeAnalysis } from './ingest.ts'
import { migrate } from './migrate.ts'
import { MIGRATIONS } from './migrations.generated.ts'

describe('bundled migrations', () => {
  it('match the SQL files in migrations/ (run `npm run db:generate` after changing the schema)', () => {
    const folder = fileURLToPath(new URL('../migrations', import.meta.url))
    const files = readMigrationFiles({ migrationsFolder: folder })
    expect(MIGRATIONS.map(({ hash, folderMillis, sql }) => ({ hash, folderMillis, sql }))).toEqual(
      files.map(({ hash, folderMillis, sql }) => ({ hash, folderMillis, sql })),
    )
  })
})

describe.each(testBackends())('migrate on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(async () => dispose?.())

  it('applies nothing twice, also when two migrations race', async () => {
    expect(await Promise.all([migrate(store.db, MIGRATIONS), migrate(store.db, MIGRATIONS)])).toEqual([0, 0])
  })

  it('gives statements stored before 0003 the same view that ingest writes', async () => {
    const text = 'Talks "stall"\n\nRussia warned the United States — "déjà vu" \\ again, Ryabkov said.'
    const analysis = makeAnalysis(text, {
      actors: [RUSSIA, USA, RYABKOV],
      statements: [
        {
          speaker: RYABKOV.id,
          content: 'Russia warned the United States — "déjà vu" \\ again',
          cue: 'said',
          source: 'Ryabkov',
          target: USA.id,
          polarity: 'threaten',
        },
        { speaker: null, content: 'Talks "stall"' },
      ],
      publishedAt: '2024-03-01T10:00:00.123Z',
    })
    await storeAnalysis(store, analysis)
    const views = () =>
      queryRows<{ id: string; view: string }>(
        store.db,
        sql`select id, view from statements where article_id = ${analysis.article.id} order by ordinal`,
      )
    const written = await views()
    expect(written).toHaveLength(2)
    // 0003 writes the view, 0006 appends its dateSource.
    const backfills = MIGRATIONS.flatMap((migration) => migration.sql).filter((statement) =>
      statement.includes('UPDATE "statements" AS "s" SET "view"'),
    )
    expect(backfills).toHaveLength(2)
    await store.db.execute(sql`update statements set view = '' where article_id = ${analysis.article.id}`)
    for (const backfill of backfills) await store.db.execute(sql.raw(backfill))
    expect(await views()).toEqual(written)
  })
  it('gives articles stored before 0016 the body start that ingest writes, and their text index no pending list', async () => {
    const analysis = makeAnalysis('Port strike ends\n\nDock workers went back on Monday, Ryabkov said.', {
      actors: [RYABKOV],
    })
    expect(analysis.article.body.start).toBeGreaterThan(0)
    await storeAnalysis(store, analysis)
    const starts = () =>
      queryRows<{ start: number }>(
        store.db,
        sql`select body_start as start from articles where id = ${analysis.article.id}`,
      )
    expect(await starts()).toEqual([{ start: analysis.article.body.start }])
    const backfill = MIGRATIONS.flatMap((migration) => migration.sql).find((statement) =>
      statement.includes('SET "body_start"'),
    )
    await store.db.execute(sql`update articles set body_start = 0 where id = ${analysis.article.id}`)
    await store.db.execute(sql.raw(backfill ?? 'missing backfill'))
    expect(await starts()).toEqual([{ start: analysis.article.body.start }])
    const [index] = await queryRows<{ options: string[] }>(
      store.db,
      sql`select reloptions as options from pg_class where relname = 'articles_search_idx'`,
    )
    expect(index?.options).toEqual(['fastupdate=false'])
  })
  it('gives statements stored before 0004 the same terms that ingest writes', async () => {
    const analysis = makeAnalysis('Talks on the nuclear deal stalled again, Ryabkov said. Nothing else.', {
      actors: [RYABKOV],
      statements: [
        { speaker: RYABKOV.id, content: 'Talks on the nuclear deal stalled again', cue: 'said' },
        { speaker: null, content: 'Nothing else' },
      ],
    })
    await storeAnalysis(store, analysis)
    const terms = () =>
      queryRows<{ lexeme: string; ordinal: number }>(
        store.db,
        sql`select lexeme, ordinal from statement_terms where article_id = ${analysis.article.id}
          order by ordinal, lexeme`,
      )
    const written = await terms()
    expect(written.map((term) => `${term.ordinal} ${term.lexeme}`)).toEqual([
      '0 deal',
      '0 nuclear',
      '0 stall',
      '0 talk',
      '1 els',
      '1 noth',
    ])
    const backfill = MIGRATIONS.flatMap((migration) => migration.sql).find((statement) =>
      statement.includes('INSERT INTO "statement_terms"'),
    )
    await store.db.execute(sql`delete from statement_terms`)
    await store.db.execute(sql.raw(backfill ?? 'missing backfill'))
    expect(await terms()).toEqual(written)
  })

  it('deletes a deleted article’s statement terms, and no other article’s (0015: a trigger, not a key)', async () => {
    const stored = ['Tariffs will rise soon', 'Tariffs may rise later'].map((content, i) =>
      makeAnalysis(`${content}, Ryabkov said on day ${i}.`, {
        actors: [RYABKOV],
        statements: [{ speaker: RYABKOV.id, content, cue: 'said' }],
      }),
    )
    for (const analysis of stored) await storeAnalysis(store, analysis)
    const ids = stored.map((analysis) => analysis.article.id)
    const termsOf = async (id: string) =>
      (
        await queryRows<{ n: number }>(
          store.db,
          sql`select count(*)::int as n from statement_terms where article_id = ${id}`,
        )
      )[0]?.n
    // tariff, rise, soon; and tariff, may, rise, later.
    expect([await termsOf(ids[0] ?? ''), await termsOf(ids[1] ?? '')]).toEqual([3, 4])
    await store.db.execute(sql`delete from articles where id = ${ids[0]}`)
    expect([await termsOf(ids[0] ?? ''), await termsOf(ids[1] ?? '')]).toEqual([0, 4])
    // A statement deleted on its own takes its terms too.
    await store.db.execute(sql`delete from statements where article_id = ${ids[1]}`)
    expect(await termsOf(ids[1] ?? '')).toBe(0)
  })

  it('keeps an article analysis as the JSON text ingest wrote (0009: json, which jsonb would rebuild as a tree)', async () => {
    const analysis = makeAnalysis('Prices will fall, Ryabkov said.', {
      actors: [RYABKOV],
      statements: [{ speaker: RYABKOV.id, content: 'Prices will fall', cue: 'said' }],
    })
    await storeAnalysis(store, analysis)
    const [row] = await queryRows<{ type: string; stored: string }>(
      store.db,
      sql`select pg_typeof(analysis)::text as type, analysis::text as stored from articles
        where id = ${analysis.article.id}`,
    )
    expect(row?.type).toBe('json')
    // As JSON.stringify wrote it: jsonb prints its own text, with a space after every colon and comma.
    expect(row?.stored).toBe(JSON.stringify(JSON.parse(row?.stored ?? 'null')))
    expect(JSON.parse(row?.stored ?? 'null').statements).toHaveLength(1)
  })

  it('reads a lone word’s evidence in each of its articles through 0013’s index, never the key', async () => {
    // The per-article decisions' statement itself (`articlesOfStatement`, `identity-article.ts`), asked for a
    // window of a month: a lone word of 2,000 dated articles, each stating a role. The key, led by field and value,
    // would read all 2,000 role rows for each article. Rows made up in a transaction rolled back.
    let plan = ''
    const made = new Error('rolled back')
    await store.db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into articles (id, text, excerpt, dated_at, published_at, actor_count,
            statement_count, extractor_version, analysis)
          select 'a_made_' || g, '', '', d, d, 1, 0, 'made', '{}'::json
          from generate_series(1, 2000) g, lateral (select timestamptz '1990-01-01' + g * interval '1 day' as d) t`)
        await tx.execute(sql`insert into actor_evidence (extracted_id, field, value, article_id, dated_at)
          select 'person:bloggs', f.field, case when f.field = 'name' then 'Bloggs' else 'role ' || g % 50 end,
            'a_made_' || g, now()
          from generate_series(1, 2000) g, (values ('name'), ('role')) f(field)`)
        await tx.execute(sql`analyze actor_evidence`)
        await tx.execute(sql`analyze articles`)
        const window = [[new Date('1992-01-01T00:00:00Z'), new Date('1992-02-01T00:00:00Z')]]
        const lines = await queryRows<{ 'QUERY PLAN': string }>(
          tx,
          sql`explain ${articlesOfStatement([{ id: 'person:bloggs', ranges: window }])}`,
        )
        plan = lines.map((line) => line['QUERY PLAN']).join('\n')
        throw made
      })
      .catch((error: unknown) => {
        if (error !== made) throw error
      })
    // The statement probes each article's rows of the word (a lateral subquery, which the planner cannot turn into
    // a hash join over every role row of the word), through 0013's index, not the key led by field and value.
    expect(plan, plan).toContain('actor_evidence_article_idx on actor_evidence f')
    expect(
      await queryRows(store.db, sql`select 1 from actor_evidence where article_id like 'a_made_%'`),
    ).toEqual([])
  })
})
