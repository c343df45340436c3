import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { type FixtureActor, makeAnalysis, RUSSIA, RYABKOV, USA } from '../test/fixtures.ts'
import { refuseStatementsSaying } from '../test/refuse-statements.ts'
import { queryRows, type Store } from './database.ts'
import { errorChain } from './error-chain.ts'
import { StoreError } from './errors.ts'
import { ingestArticle, storeAnalysis, writePause } from './ingest.ts'
import { getActor, listActors } from './queries/actors.ts'
import { countArticles, getArticle } from './queries/articles.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { listRelations } from './queries/relations.ts'
import { listStatements } from './queries/statements.ts'

/** An actor no other test stores. */
const NATO: FixtureActor = { id: 'organization:nato', kind: 'organization', names: ['NATO'] }

/** Row counts of every table, to show that a failed ingest left nothing behind. */
async function tableCounts(store: Store) {
  const [row] = await queryRows<Record<string, number>>(
    store.db,
    sql`select (select count(*)::int from articles) as articles, (select count(*)::int from actors) as actors,
      (select count(*)::int from mentions) as mentions, (select count(*)::int from statements) as statements,
      (select count(*)::int from stances) as stances`,
  )
  return row
}

describe.each(testBackends())('ingest on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(async () => dispose?.())

  it('stores an article naming more people than the lock table holds one lock each', async () => {
    // 10,000 people: about 40,000 name keys, past PostgreSQL's shared lock table (64 × 100 entries), which failed
    // with "out of shared memory" when each key took a lock of its own.
    const surname = (n: number) =>
      `Vel${[0, 1, 2].map((place) => String.fromCharCode(97 + (Math.floor(n / 26 ** place) % 26))).join('')}`
    const people: FixtureActor[] = Array.from({ length: 10_000 }, (_, n) => ({
      id: `person:nadia-${surname(n).toLowerCase()}`,
      kind: 'person',
      names: [`Nadia ${surname(n)}`],
    }))
    const text = people.map((person) => `${person.names[0]} spoke.`).join(' ')
    const analysis = makeAnalysis(text, { actors: people })
    const { created } = await storeAnalysis(store, analysis)
    expect(created).toBe(true)
    // Its actor links and their names as this article states them go in slices too (2,500 per insert).
    const id = analysis.article.id
    const [row] = await queryRows<{ n: number; links: number; names: number }>(
      store.db,
      sql`select (select count(*)::int from actors where id like 'person:nadia-vel%') as n,
        (select count(*)::int from article_actors where article_id = ${id}) as links,
        (select count(distinct extracted_id)::int from actor_evidence where article_id = ${id} and field = 'name')
          as names`,
    )
    expect(row).toEqual({ n: 10_000, links: 10_000, names: 10_000 })
  })

  it('stores an article of more statements and mentions than one insert takes, every row once', async () => {
    // 4,500 statements and 13,500 mentions: checked and turned into rows a slice at a time (a large analysis),
    // and written in slices (250 statements, 2,500 mentions per insert).
    const count = 4_500
    const text = Array.from({ length: count }, (_, n) => `Lina Osk said plan ${n} works.`).join(' ')
    const lina: FixtureActor = { id: 'person:lina-osk', kind: 'person', names: ['Lina Osk'] }
    const base = makeAnalysis(text, {
      actors: [lina],
      statements: Array.from({ length: count }, (_, n) => ({ speaker: lina.id, content: `plan ${n} works` })),
    })
    const spans = [...text.matchAll(/Lina Osk/g)].flatMap(({ index }) => [
      { start: index, end: index + 8 },
      { start: index, end: index + 4 },
      { start: index + 5, end: index + 8 },
    ])
    const analysis = { ...base, actors: base.actors.map((actor) => ({ ...actor, mentions: spans })) }
    expect((await storeAnalysis(store, analysis)).created).toBe(true)
    const [row] = await queryRows<{ said: number; ordinals: number; spans: number; terms: number }>(
      store.db,
      sql`select (select count(*)::int from statements where article_id = ${analysis.article.id}) as said,
        (select count(distinct ordinal)::int from statements where article_id = ${analysis.article.id}
          and ordinal between 0 and ${count - 1}) as ordinals,
        (select count(*)::int from mentions where article_id = ${analysis.article.id}) as spans,
        (select count(distinct ordinal)::int from statement_terms where article_id = ${analysis.article.id}) as terms`,
    )
    expect(row).toEqual({ said: count, ordinals: count, spans: 3 * count, terms: count })
    const page = await listStatements(store, { speaker: lina.id, limit: 5 })
    expect(page.items.map((item) => item.speakerName)).toEqual(Array(5).fill('Lina Osk'))
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('stores the same text once: created, then already stored with the same id', async () => {
    const text = 'Talks resume\n\nThe talks resumed on Monday in Geneva.'
    const first = await ingestArticle(store, text, { source: 'Wire' })
    const second = await ingestArticle(store, text)
    expect(first.created).toBe(true)
    expect(second.created).toBe(false)
    expect(second.analysis.article.id).toBe(first.analysis.article.id)
    expect(second.analysis.article.source).toBe('Wire')
    expect(second.analysis.ingestedAt).toBe(first.analysis.ingestedAt)
    expect((await getArticle(store, first.analysis.article.id))?.article.text).toBe(text)
  })

  it('merges one actor across articles: aliases, counts, statements and stances of both', async () => {
    const one = makeAnalysis('Russia warned the United States, Sergei Ryabkov said on Monday.', {
      actors: [RUSSIA, USA, { ...RYABKOV, names: ['Sergei Ryabkov'] }],
      statements: [
        {
          speaker: RYABKOV.id,
          content: 'Russia warned the United States',
          cue: 'said',
          source: 'Sergei Ryabkov',
          target: USA.id,
          polarity: 'threaten',
        },
      ],
      publishedAt: '2024-03-01T10:00:00Z',
    })
    const two = makeAnalysis('The deputy minister Ryabkov said the U.S. plan would fail.', {
      actors: [USA, { id: RYABKOV.id, kind: 'person', names: ['Ryabkov', 'Riabkov'] }],
      statements: [
        {
          speaker: RYABKOV.id,
          content: 'the U.S. plan would fail',
          cue: 'said',
          source: 'Ryabkov',
          target: USA.id,
          polarity: 'threaten',
        },
      ],
      publishedAt: '2024-03-02T10:00:00Z',
    })
    expect((await storeAnalysis(store, one)).created).toBe(true)
    expect((await storeAnalysis(store, two)).created).toBe(true)
    const actor = await getActor(store, RYABKOV.id)
    expect(actor).toMatchObject({
      name: 'Sergei Ryabkov',
      role: 'Deputy Foreign Minister',
      affiliation: RUSSIA.id,
      affiliationName: 'Russia',
      aliases: ['Riabkov', 'Ryabkov'],
      articleCount: 2,
      statementCount: 2,
    })
    expect(actor?.stances).toMatchObject([
      { target: USA.id, targetName: 'United States', polarity: 'threaten', count: 2 },
    ])
    expect(actor?.stances[0]?.statements).toHaveLength(2)
    expect(actor?.timeline).toEqual([
      { date: '2024-03-01', statementCount: 1 },
      { date: '2024-03-02', statementCount: 1 },
    ])
    const spoken = await listStatements(store, { speaker: RYABKOV.id })
    expect(spoken.items.map((item) => item.articleId)).toEqual([two.article.id, one.article.id])
    // The second article calls him Ryabkov; lists name him as he was first stored.
    expect(spoken.items.map((item) => [item.speakerName, item.targetName])).toEqual([
      ['Sergei Ryabkov', 'United States'],
      ['Sergei Ryabkov', 'United States'],
    ])
    expect((await listActors(store, { q: 'riab' })).items.map((item) => item.id)).toEqual([RYABKOV.id])
  })

  it('names in the view an actor stored by another article that this analysis does not list', async () => {
    await storeAnalysis(store, makeAnalysis('NATO met in Brussels.', { actors: [NATO] }))
    const analysis = makeAnalysis('Moscow warned the alliance again, Ryabkov said.', {
      actors: [RYABKOV],
      statements: [
        {
          speaker: RYABKOV.id,
          content: 'Moscow warned the alliance again',
          target: NATO.id,
          polarity: 'threaten',
        },
      ],
    })
    await storeAnalysis(store, analysis)
    const { items } = await listStatements(store, { target: NATO.id })
    expect(items.map((item) => [item.articleId, item.speakerName, item.targetName])).toEqual([
      [analysis.article.id, 'Sergei Ryabkov', 'NATO'],
    ])
  })

  it('writes a statement about an unlisted actor under the canonical actor its id joined', async () => {
    const lee: FixtureActor = { id: 'person:ivo-lee-short', kind: 'person', names: ['Vantoro'] }
    const full: FixtureActor = { id: 'person:ivo-vantoro', kind: 'person', names: ['Ivo Vantoro'] }
    await storeAnalysis(store, makeAnalysis('Vantoro spoke in Rome.', { actors: [lee] }))
    await storeAnalysis(store, makeAnalysis('Ivo Vantoro spoke in Turin.', { actors: [full] }))
    const analysis = makeAnalysis('NATO criticised the minister, its envoy said.', {
      actors: [NATO],
      statements: [
        { speaker: NATO.id, content: 'NATO criticised the minister', target: lee.id, polarity: 'oppose' },
      ],
    })
    await storeAnalysis(store, analysis)
    const { items } = await listStatements(store, { target: full.id })
    expect(items.map((item) => [item.articleId, item.targetName])).toEqual([
      [analysis.article.id, 'Ivo Vantoro'],
    ])
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('keeps keys the schema does not know out of what it stores and lists', async () => {
    const analysis = makeAnalysis('Someone said the port would close.', {
      statements: [{ speaker: null, content: 'the port would close', cue: 'said' }],
    })
    const [statement] = analysis.statements
    const given = { ...analysis, statements: [{ ...statement, speakerName: 'Forged Name', extra: 1 }] }
    await storeAnalysis(store, given as typeof analysis)
    const { items } = await listStatements(store, { q: 'port close' })
    expect(items).toHaveLength(1)
    expect(items[0]).not.toHaveProperty('speakerName')
    expect(items[0]).not.toHaveProperty('extra')
  })

  it('is atomic: a failure while storing statements leaves no trace of the article', async () => {
    const allow = await refuseStatementsSaying(store, 'boom')
    try {
      const before = await tableCounts(store)
      const doomed = makeAnalysis('Moscow said the boom was loud, Ryabkov said, and Russia agreed.', {
        actors: [RUSSIA, { id: 'person:new-speaker', kind: 'person', names: ['Ryabkov'] }],
        statements: [{ speaker: 'person:new-speaker', content: 'the boom was loud', cue: 'said' }],
      })
      await expect(storeAnalysis(store, doomed)).rejects.toThrow()
      expect(await tableCounts(store)).toEqual(before)
      expect(await findInconsistencies(store)).toEqual([])
      expect(await getActor(store, 'person:new-speaker')).toBeNull()
    } finally {
      await allow()
    }
  })

  it('survives concurrent ingests sharing actors: every article once, counts exact, no deadlock', async () => {
    const shared = [
      { id: 'person:ana-pereira', kind: 'person' as const, names: ['Ana Pereira'] },
      { id: 'organization:harbor-council', kind: 'organization' as const, names: ['Harbor Council'] },
      { id: 'country:portugal', kind: 'country' as const, names: ['Portugal'] },
    ]
    const analyses = Array.from({ length: 24 }, (_, i) =>
      makeAnalysis(`Ana Pereira said the Harbor Council backed Portugal on day ${i}.`, {
        // Different orders in each article: the store must lock in its own order.
        actors: i % 2 ? [...shared].reverse() : shared,
        statements: [
          {
            speaker: 'person:ana-pereira',
            content: `the Harbor Council backed Portugal on day ${i}`,
            cue: 'said',
            source: 'Ana Pereira',
            target: 'organization:harbor-council',
            polarity: 'support',
          },
        ],
      }),
    )
    // Every analysis twice, all at once: the duplicates must answer "already stored".
    const results = await Promise.all(
      [...analyses, ...analyses].map((analysis) => storeAnalysis(store, analysis)),
    )
    expect(results.filter((result) => result.created)).toHaveLength(24)
    const actor = await getActor(store, 'person:ana-pereira')
    expect(actor).toMatchObject({ articleCount: 24, statementCount: 24 })
    const relations = await listRelations(store, { source: 'person:ana-pereira' })
    expect(relations.items).toMatchObject([
      { target: 'organization:harbor-council', polarity: 'support', count: 24 },
    ])
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('stores concurrent dated articles naming people in different orders, without a deadlock', async () => {
    // Persons sharing given names and surnames, and lone surnames, over three decades: the settle step merges,
    // splits and decides lone words again by the time window, taking more name keys after its first ones (issues
    // 15/16: a later key below one held deadlocked with an ingest taking both in order).
    const persons: FixtureActor[] = ['Ana', 'Rui', 'Lia', 'Tom'].flatMap((given) =>
      ['Pereira', 'Costa', 'Silva'].map((surname) => ({
        id: `person:${given.toLowerCase()}-${surname.toLowerCase()}`,
        kind: 'person' as const,
        names: [`${given} ${surname}`],
      })),
    )
    const lone: FixtureActor[] = ['Pereira', 'Costa', 'Silva'].map((surname) => ({
      id: `person:${surname.toLowerCase()}`,
      kind: 'person',
      names: [surname],
    }))
    const everyone = [...persons, ...lone]
    // A fixed pseudo-random choice and order of people per article (a linear congruential sequence).
    let seed = 7
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed / 2_147_483_648
    }
    const analyses = Array.from({ length: 40 }, (_, i) => {
      const named = everyone.filter(() => next() < 0.35)
      if (named.length === 0) named.push(everyone[i % everyone.length] as FixtureActor)
      named.sort(() => next() - 0.5)
      const year = 1990 + Math.floor(next() * 30)
      const text = `${named.map((actor) => `${actor.names[0]} spoke`).join('. ')}. Meeting ${i}.`
      return makeAnalysis(text, { actors: named, publishedAt: `${year}-03-0${1 + (i % 9)}T12:00:00Z` })
    })
    const retried: string[] = []
    writePause.retried = (error) => retried.push(errorChain(error))
    try {
      const failures: string[] = []
      let taken = 0
      const worker = async () => {
        for (let at = taken++; at < analyses.length; at = taken++)
          await storeAnalysis(store, analyses[at] as (typeof analyses)[number]).catch((error: unknown) =>
            failures.push(errorChain(error)),
          )
      }
      await Promise.all(Array.from({ length: 4 }, worker))
      // The real reasons, should any fail, or be run again for a deadlock on the name keys' lock statement (a
      // deadlock on rows, which the keys' order does not rule out, is run again and must not fail the ingest).
      expect(failures).toEqual([])
      expect(
        retried.filter((reason) => reason.includes('deadlock') && reason.includes('pg_advisory_xact_lock')),
      ).toEqual([])
    } finally {
      writePause.retried = undefined
    }
    const ids = analyses.map((analysis) => analysis.article.id)
    const [row] = await queryRows<{ n: number }>(
      store.db,
      sql`select count(*)::int as n from articles where id = any(${`{${ids.join(',')}}`}::text[])`,
    )
    expect(row?.n).toBe(ids.length)
    expect(await findInconsistencies(store)).toEqual([])
  })

  it.each([
    { name: 'a write that goes through', races: 0, retries: 0 },
    { name: 'a write that loses a serialization race once', races: 1, retries: 1 },
    { name: 'a write that loses it twice', races: 2, retries: 2 },
  ])('counts the runs again of $name', async ({ races, retries }) => {
    // A trigger that fails the statements' insert with serialization_failure for the first `races` rows it sees
    // (a sequence, which a rolled-back transaction does not undo, counts them).
    const name = `lose_race_${races}`
    await store.db.execute(sql.raw(`create sequence ${name}_seen`))
    await store.db.execute(
      sql.raw(`create function ${name}() returns trigger language plpgsql as $$
        begin if nextval('${name}_seen') <= ${races} then
          raise exception 'lost a race' using errcode = '40001'; end if; return new; end $$`),
    )
    await store.db.execute(
      sql.raw(
        `create trigger statements_${name} before insert on statements for each row execute function ${name}()`,
      ),
    )
    try {
      const analysis = makeAnalysis(`Ryabkov said the talks would go on, race ${races}.`, {
        actors: [RYABKOV],
        statements: [
          { speaker: RYABKOV.id, content: 'the talks would go on', cue: 'said', source: 'Ryabkov' },
        ],
      })
      const result = await storeAnalysis(store, analysis)
      expect({ created: result.created, retries: result.retries }).toEqual({ created: true, retries })
      expect((await getArticle(store, analysis.article.id))?.statements).toHaveLength(1)
    } finally {
      await store.db.execute(sql.raw(`drop trigger statements_${name} on statements`))
    }
  })

  it('stores text with NUL characters, offsets intact, under the id of the text as given', async () => {
    const text = 'Odd bytes\n\nA line with a \u0000 in it.'
    const { created, analysis } = await ingestArticle(store, text)
    expect(created).toBe(true)
    const stored = await getArticle(store, analysis.article.id)
    expect(stored?.article.text).toBe(text.replace('\u0000', '\uFFFD'))
    expect(stored?.article.text).toHaveLength(text.length)
  })

  it('refuses an analysis that breaks the schema or points outside its text, with a typed error', async () => {
    const before = await countArticles(store)
    const broken = makeAnalysis('Short text here.')
    const outside = {
      ...broken,
      actors: [{ ...RUSSIA, name: 'Russia', aliases: [], mentions: [{ start: 3, end: 999 }] }],
    }
    await expect(storeAnalysis(store, outside as never)).rejects.toMatchObject({ code: 'invalid-analysis' })
    await expect(
      storeAnalysis(store, { ...broken, statements: [{ id: 'nope' }] } as never),
    ).rejects.toBeInstanceOf(StoreError)
    expect(await countArticles(store)).toBe(before)
  })

  it.each([
    ['a NUL in a statement', (n: number) => (n === 2_999 ? 'plan \u0000 works' : `plan ${n} works`), true],
    ['a statement past its text', (n: number) => `plan ${n} works`, false],
  ])('checks a large analysis in slices: %s', async (_, content, stored) => {
    const count = 3_000
    const text = Array.from({ length: count }, (_, n) => `Ivo Brand said ${content(n)}.`).join(' ')
    const ivo: FixtureActor = { id: 'person:ivo-brand', kind: 'person', names: ['Ivo Brand'] }
    const base = makeAnalysis(text, {
      actors: [ivo],
      statements: Array.from({ length: count }, (_, n) => ({ speaker: ivo.id, content: content(n) })),
    })
    if (stored) {
      const { analysis } = await storeAnalysis(store, base)
      expect(analysis.statements).toHaveLength(count)
      const [row] = await queryRows<{ n: number }>(
        store.db,
        sql`select count(*)::int as n from statements where quote = ${'plan \uFFFD works'}`,
      )
      expect(row?.n).toBe(1)
      return
    }
    const [first, ...rest] = base.statements
    const past = { ...first, content: { start: text.length - 4, end: text.length + 4 } }
    await expect(
      storeAnalysis(store, { ...base, statements: [...rest, past] } as never),
    ).rejects.toMatchObject({
      code: 'invalid-analysis',
      message: expect.stringContaining(`statements[${count - 1}].content`),
    })
  })
})
