import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import {
  affiliated,
  dockersBloggs,
  NAMESAKE_ARTICLES,
  type NamesakeArticle,
  namesakeAnalysis,
} from '../test/namesakes.ts'
import { mergeActor, mergeActors, splitActor } from './curation.ts'
import { queryRows, type Store } from './database.ts'
import type { Found } from './identity.ts'
import { decideInArticle, standsAlone } from './identity-article.ts'
import type { Span } from './identity-window.ts'
import { storeAnalysis, writePause } from './ingest.ts'
import { getArticle } from './queries/articles.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { importRegistry, RegistrySchema } from './registry.ts'

/** A span from its first and last dates. */
function span(first: string, last = first): Span {
  return { first: new Date(first), last: new Date(last) }
}

/** A stored full-name person found under its surname's key. */
function bearer(id: string, name: string): Found {
  return { key: 's:bloggs', id, name, kind: 'person', role: null, affiliation: null }
}

describe('decideInArticle', () => {
  const lone = { id: 'person:bloggs', name: 'Bloggs', kind: 'person', role: null, affiliation: null }
  const harold = bearer('person:harold-bloggs', 'Harold Bloggs')
  const jane = bearer('person:jane-bloggs', 'Jane Bloggs')
  const spans = new Map<string, Span | undefined>([
    [harold.id, span('1993-03-01', '1997-06-01')],
    [jane.id, span('2013-04-01')],
  ])
  it.each([
    ['an article of the 1990s names the 1990s namesake', '1995-02-01', [harold, jane], harold.id],
    ['an article of the 2010s names the 2010s namesake', '2014-09-01', [harold, jane], jane.id],
    ['an article far from both stays its own', '2005-01-01', [harold, jane], undefined],
    ['one namesake only, far: its own', '2014-09-01', [harold], undefined],
    // The store-wide row is the lone word's own (the window split it off): the one namesake near takes the article.
    ['one namesake only, near: that one', '1995-02-01', [harold], harold.id],
    [
      'an undated namesake fits any date: two fit, its own',
      '1995-02-01',
      [harold, bearer('person:ann-bloggs', 'Ann Bloggs')],
      undefined,
    ],
  ] as const)('%s', (_what, date, bearers, expected) => {
    expect(decideInArticle(lone, new Date(date), bearers, spans, new Set())?.canonicalId).toBe(expected)
  })

  it('keeps its own a lone word whose affiliation the one namesake near contradicts', () => {
    const union = { ...lone, affiliation: 'Dockers Union' }
    const party = { ...harold, affiliation: 'Mill Party' }
    expect(decideInArticle(union, new Date('1995-02-01'), [party, jane], spans, new Set())).toBeUndefined()
    expect(decideInArticle(lone, new Date('1995-02-01'), [party, jane], spans, new Set())?.canonicalId).toBe(
      harold.id,
    )
  })

  it('leaves out a person that is no name', () => {
    const found = [harold, jane]
    const decided = decideInArticle(lone, new Date('1995-02-01'), found, spans, new Set([harold.id]))
    expect(decided).toBeUndefined()
  })
})

describe('standsAlone', () => {
  it.each([
    ['a person decided by the rules', 'person', false, false, true],
    ['a person with no identity row yet', 'person', false, null, true],
    ['a registry entry', 'person', true, false, false],
    ['a person split off or merged by hand', 'person', false, true, false],
    ['an organization', 'organization', false, false, false],
  ] as const)('%s', (_what, kind, registered, curated, expected) => {
    expect(standsAlone({ kind, registered, curated })).toBe(expected)
  })
})

/** Who each statement's speaker is, by its quote; actors with their counts; the per-article rows. */
async function snapshot(store: Store) {
  return {
    speakers: Object.fromEntries(
      (
        await queryRows<{ quote: string; speaker: string }>(
          store.db,
          sql`select quote, speaker_id as speaker from statements order by quote`,
        )
      ).map(({ quote, speaker }) => [quote, speaker]),
    ),
    actors: await queryRows(
      store.db,
      sql`select id, article_count, statement_count, aliases from actors order by id`,
    ),
    mentions: await queryRows(
      store.db,
      sql`select a.title, m.actor_id, m.start from mentions m join articles a on a.id = m.article_id
        order by 1, 2, 3`,
    ),
    rows: await queryRows(
      store.db,
      sql`select x.extracted_id, x.canonical_id, a.published_at from article_identities x
        join articles a on a.id = x.article_id order by a.published_at`,
    ),
    stances: await queryRows(store.db, sql`select * from stances order by 1, 2, 3`),
  }
}

/** Several orders of the articles: as listed, reversed, rotated by one and by half, and interleaved. */
function orders(names: readonly NamesakeArticle[]): NamesakeArticle[][] {
  const rotated = (by: number) => [...names.slice(by), ...names.slice(0, by)]
  const evens = names.filter((_, i) => i % 2 === 0)
  const odds = names.filter((_, i) => i % 2 === 1)
  return [
    [...names],
    [...names].reverse(),
    rotated(1),
    rotated(Math.floor(names.length / 2)),
    [...odds, ...evens],
  ]
}

describe.each(testBackends())('identity per article on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  /** A fresh store with these articles stored in this order. */
  async function storeOf(order: readonly NamesakeArticle[]): Promise<Store> {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of order) await storeAnalysis(store, namesakeAnalysis(name))
    return store
  }

  const quoteOf = (name: NamesakeArticle) => {
    const text = NAMESAKE_ARTICLES[name][0]
    return text.slice(text.indexOf('said ') + 5, -1)
  }

  it('sends each decade’s lone surname to that decade’s namesake, in any order', async () => {
    const names: NamesakeArticle[] = [
      'harold93',
      'lone95',
      'harold97',
      'lone96',
      'jane13',
      'lone14',
      'jane16',
      'lone17',
      'lone05',
      'loneUndated',
    ]
    let reference: Awaited<ReturnType<typeof snapshot>> | undefined
    for (const order of orders(names)) {
      const store = await storeOf(order)
      const state = await snapshot(store)
      expect({ order, speakers: state.speakers }).toEqual({
        order,
        speakers: {
          [quoteOf('harold93')]: 'person:harold-bloggs',
          [quoteOf('harold97')]: 'person:harold-bloggs',
          [quoteOf('lone95')]: 'person:harold-bloggs',
          [quoteOf('lone96')]: 'person:harold-bloggs',
          [quoteOf('jane13')]: 'person:jane-bloggs',
          [quoteOf('jane16')]: 'person:jane-bloggs',
          [quoteOf('lone14')]: 'person:jane-bloggs',
          [quoteOf('lone17')]: 'person:jane-bloggs',
          // Far from both, and undated beside two namesakes: the lone surname's own, as store-wide.
          [quoteOf('lone05')]: 'person:bloggs',
          [quoteOf('loneUndated')]: 'person:bloggs',
        },
      })
      expect(await findInconsistencies(store)).toEqual([])
      reference ??= state
      expect(state).toEqual(reference)
    }
  })

  it('reads the per-article row in the stored analysis, and a curated merge outlives it', async () => {
    const store = await storeOf(['harold93', 'harold97', 'jane13', 'lone95', 'lone14'])
    const lone95 = namesakeAnalysis('lone95')
    const stored = await getArticle(store, lone95.article.id)
    expect(stored?.actors.map((actor) => [actor.id, actor.extractedId])).toEqual([
      ['person:harold-bloggs', 'person:bloggs'],
    ])
    expect(stored?.statements.map((statement) => statement.speaker)).toEqual(['person:harold-bloggs'])
    const lone14 = await getArticle(store, namesakeAnalysis('lone14').article.id)
    expect(lone14?.statements.map((statement) => statement.speaker)).toEqual(['person:jane-bloggs'])

    // A person decides the lone surname is Jane everywhere: every article of it follows, and later ingests leave it.
    expect(await mergeActor(store, 'person:bloggs', 'person:jane-bloggs')).toEqual({
      ok: true,
      canonical: 'person:jane-bloggs',
    })
    await storeAnalysis(store, namesakeAnalysis('lone96'))
    await storeAnalysis(store, namesakeAnalysis('jane16'))
    const { speakers, rows } = await snapshot(store)
    expect(rows).toEqual([])
    for (const name of ['lone95', 'lone96', 'lone14'] as const)
      expect([name, speakers[quoteOf(name)]]).toEqual([name, 'person:jane-bloggs'])
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('decides the articles again after a curated merge of two namesakes and its split', async () => {
    const store = await storeOf(['harold93', 'harold97', 'jane13', 'lone95', 'lone14'])
    const speakers = async () => (await snapshot(store)).speakers
    const before = await speakers()
    expect(before[quoteOf('lone14')]).toBe('person:jane-bloggs')
    expect(await mergeActor(store, 'person:jane-bloggs', 'person:harold-bloggs')).toMatchObject({ ok: true })
    // One person named 1993–2013: both dates lie within the window of that one person.
    const merged = await speakers()
    expect([merged[quoteOf('lone95')], merged[quoteOf('lone14')]]).toEqual([
      'person:harold-bloggs',
      'person:harold-bloggs',
    ])
    expect(await findInconsistencies(store)).toEqual([])
    expect(await splitActor(store, 'person:jane-bloggs')).toMatchObject({ ok: true })
    expect(await speakers()).toEqual(before)
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('gives a lone article the one namesake near it, before and after a namesake far from it', async () => {
    // The 2014 article keeps the lone surname on its own store-wide (the window): 1995's is decided at its date.
    for (const order of orders(['harold93', 'lone95', 'lone14'])) {
      const store = await storeOf(order)
      const before = (await snapshot(store)).speakers
      expect([order, before[quoteOf('lone95')], before[quoteOf('lone14')]]).toEqual([
        order,
        'person:harold-bloggs',
        'person:bloggs',
      ])
      // A namesake of the 2010s changes nothing in the 1990s.
      await storeAnalysis(store, namesakeAnalysis('jane13'))
      const after = (await snapshot(store)).speakers
      expect([after[quoteOf('lone95')], after[quoteOf('lone14')]]).toEqual([
        'person:harold-bloggs',
        'person:jane-bloggs',
      ])
      expect(await findInconsistencies(store)).toEqual([])
    }
  })

  it('decides the articles again after a batch curated merge, as after mergeActor, and keeps it', async () => {
    const names: NamesakeArticle[] = ['harold93', 'ivy94', 'jane13', 'lone95', 'lone14']
    const batch = await storeOf(names)
    // Two namesakes of the 1990s: the 1995 article fits both, and stays the lone surname's.
    expect((await snapshot(batch)).speakers[quoteOf('lone95')]).toBe('person:bloggs')
    expect(await mergeActors(batch, 'person:ivy-bloggs', 'person:harold-bloggs')).toBe(true)
    const single = await storeOf(names)
    expect(await mergeActor(single, 'person:ivy-bloggs', 'person:harold-bloggs')).toMatchObject({ ok: true })
    const merged = await snapshot(batch)
    expect(merged).toEqual(await snapshot(single))
    // One person of the 1990s now: the 1995 article is that person's.
    expect(merged.speakers[quoteOf('lone95')]).toBe('person:harold-bloggs')
    // Later ingests leave the merge, and decide their articles with it.
    await storeAnalysis(batch, namesakeAnalysis('lone96'))
    const later = await snapshot(batch)
    expect(later.speakers[quoteOf('lone96')]).toBe('person:harold-bloggs')
    expect(later.actors.map((actor) => (actor as { id: string }).id)).not.toContain('person:ivy-bloggs')
    expect(await findInconsistencies(batch)).toEqual([])
  })

  it('decides the articles again when a registry import brings a namesake', async () => {
    const store = await storeOf(['harold93', 'jane13', 'lone95', 'lone14'])
    expect((await snapshot(store)).rows).toHaveLength(2)
    // A registered Bloggs, of no date: it fits every date, so no article names one person any more.
    const entries = RegistrySchema.parse([{ id: 'person:hugh-bloggs', name: 'Hugh Bloggs', kind: 'person' }])
    await importRegistry(store, entries)
    const { speakers, rows } = await snapshot(store)
    expect(rows).toEqual([])
    expect([speakers[quoteOf('lone95')], speakers[quoteOf('lone14')]]).toEqual([
      'person:bloggs',
      'person:bloggs',
    ])
    expect(await findInconsistencies(store)).toEqual([])
  })

  // A registry person's first dated article decides every article of its word, as a person dated for the first
  // time does: its actor stood before the article, so the registry import had moved the lone articles back.
  it.each([
    ['registry, its person, then the rest', true],
    ['the rest, registry, then its person', false],
  ] as const)('gives a registry person’s namesakes their articles: %s', async (_, registryFirst) => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    const entries = RegistrySchema.parse([{ id: 'person:hugh-bloggs', name: 'Hugh Bloggs', kind: 'person' }])
    const rest: NamesakeArticle[] = ['harold93', 'jane13', 'lone95', 'lone14']
    const steps = registryFirst ? ['registry', 'hugh21', ...rest] : [...rest, 'registry', 'hugh21']
    for (const step of steps)
      if (step === 'registry') await importRegistry(store, entries)
      else await storeAnalysis(store, namesakeAnalysis(step as NamesakeArticle))
    const { speakers } = await snapshot(store)
    expect([speakers[quoteOf('lone95')], speakers[quoteOf('lone14')]]).toEqual([
      'person:harold-bloggs',
      'person:jane-bloggs',
    ])
    expect(await findInconsistencies(store)).toEqual([])
  })

  // Each article is decided the same whichever of its word's articles brought the word's affiliation first.
  it('decides a lone article the same before and after another article gives the word an affiliation', async () => {
    const harold = affiliated(
      'Harold Bloggs said the mill reopens.',
      'person:harold-bloggs',
      'Harold Bloggs',
      '1993-03-01',
      'organization:mill-party',
    )
    const docker = affiliated(
      'Bloggs said the dock shuts.',
      'person:bloggs',
      'Bloggs',
      '2005-05-01',
      'organization:dockers-union',
    )
    const results: unknown[] = []
    for (const dockerFirst of [false, true]) {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      await storeAnalysis(store, harold)
      for (const name of ['jane13', 'lone14'] as const) await storeAnalysis(store, namesakeAnalysis(name))
      if (dockerFirst) await storeAnalysis(store, docker)
      await storeAnalysis(store, namesakeAnalysis('lone95'))
      if (!dockerFirst) await storeAnalysis(store, docker)
      results.push((await snapshot(store)).speakers)
    }
    expect(results[1]).toEqual(results[0])
  })

  // Each article is decided by the affiliation it states itself: "Bloggs of the Dockers Union" is not the
  // Mill Party's Harold Bloggs, while a Bloggs of the Mill Party or of nothing said is.
  it('keeps a lone article off the one namesake near whose affiliation it contradicts, in any order', async () => {
    const articles = [
      affiliated(
        'Harold Bloggs said the mill reopens.',
        'person:harold-bloggs',
        'Harold Bloggs',
        '1993-03-01',
        'organization:mill-party',
      ),
      affiliated(
        'Bloggs of the Dockers Union said the dock shuts.',
        'person:bloggs',
        'Bloggs',
        '1995-05-01',
        'organization:dockers-union',
      ),
      affiliated(
        'Bloggs of the Mill Party said the vote counts.',
        'person:bloggs',
        'Bloggs',
        '1996-05-01',
        'organization:mill-party',
      ),
      namesakeAnalysis('lone95'),
      namesakeAnalysis('jane13'),
      namesakeAnalysis('lone14'),
    ]
    const rotated = [...articles.slice(3), ...articles.slice(0, 3)]
    for (const order of [articles, [...articles].reverse(), rotated]) {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      for (const analysis of order) await storeAnalysis(store, analysis)
      const { speakers } = await snapshot(store)
      expect([
        speakers['the dock shuts'],
        speakers['the vote counts'],
        speakers[quoteOf('lone95')],
        speakers[quoteOf('lone14')],
      ]).toEqual(['person:bloggs', 'person:harold-bloggs', 'person:harold-bloggs', 'person:jane-bloggs'])
      expect(await findInconsistencies(store)).toEqual([])
    }
  })

  it('moves a stored article back when a later namesake makes its date fit two', async () => {
    const store = await storeOf(['harold93', 'jane13', 'lone95', 'lone14'])
    expect((await snapshot(store)).speakers[quoteOf('lone95')]).toBe('person:harold-bloggs')
    // A third Bloggs of the 1990s: the 1995 article no longer names one person.
    await storeAnalysis(store, namesakeAnalysis('ivy94'))
    const { speakers } = await snapshot(store)
    expect(speakers[quoteOf('lone95')]).toBe('person:bloggs')
    expect(speakers[quoteOf('lone14')]).toBe('person:jane-bloggs')
    expect(await findInconsistencies(store)).toEqual([])
  })
  // A word's first dated article moves the word store-wide at its settle; a namesake stored in the gap must still
  // leave the store as the same articles one after the other do.
  it.each([
    [['harold93', 'loneUndated'], 'lone14', 'jane13'],
    [['harold93', 'jane13', 'loneUndated'], 'lone95', 'ivy94'],
    [['jane13'], 'lone14', 'harold11'],
  ] as const)(
    'stores %s, then %s with %s stored in full in its gap, as one after the other',
    async (first, lone, gap) => {
      const store = await storeOf(first)
      writePause.afterSettle = async () => {
        writePause.afterSettle = undefined
        await storeAnalysis(store, namesakeAnalysis(gap))
      }
      try {
        await storeAnalysis(store, namesakeAnalysis(lone))
      } finally {
        writePause.afterSettle = undefined
      }
      const serial = await storeOf([...first, gap, lone])
      expect((await snapshot(store)).speakers).toEqual((await snapshot(serial)).speakers)
      expect(await findInconsistencies(store)).toEqual([])
    },
  )

  it('writes an article settled before a namesake ingested in full under the row that holds at its write', async () => {
    // The 2014 article keeps the lone surname standing on its own store-wide, so 1995's is decided per article.
    const store = await storeOf(['harold93', 'jane13', 'lone14'])
    // A third Bloggs of the 1990s is stored in full between the lone article's settle and its write.
    writePause.afterSettle = async () => {
      writePause.afterSettle = undefined
      await storeAnalysis(store, namesakeAnalysis('ivy94'))
    }
    try {
      const { retries } = await storeAnalysis(store, namesakeAnalysis('lone95'))
      expect(retries).toBe(1)
    } finally {
      writePause.afterSettle = undefined
    }
    const { speakers, rows } = await snapshot(store)
    expect(speakers[quoteOf('lone95')]).toBe('person:bloggs')
    expect(speakers[quoteOf('lone14')]).toBe('person:jane-bloggs')
    expect(rows.map((row) => (row as { canonical_id: string }).canonical_id)).toEqual(['person:jane-bloggs'])
    expect(await findInconsistencies(store)).toEqual([])
  })

  // A person's role or affiliation that a later article changes (`refreshFacts`, the best supported one) decides
  // its lone-word articles again (`identity-facts.ts`): the lone word's own article, before or after, ends the same.
  const [mill, dockers] = ['organization:mill-party', 'organization:dockers-union']
  const harold = (text: string, date: string, affiliation?: string) =>
    affiliated(text, 'person:harold-bloggs', 'Harold Bloggs', date, affiliation)
  it.each([
    [
      'a later majority of the Mill Party keeps the Dockers Union’s Bloggs off him',
      [harold('Harold Bloggs said the strike ends.', '1997-06-01', dockers)],
      [
        harold('Harold Bloggs said the mill reopens.', '1996-03-01', mill),
        harold('Harold Bloggs said the vote counts.', '1998-03-01', mill),
      ],
      'person:bloggs',
    ],
    [
      'a later majority of the Dockers Union takes the Dockers Union’s Bloggs in',
      [harold('Harold Bloggs said the mill reopens.', '1996-03-01', mill)],
      [
        harold('Harold Bloggs said the strike ends.', '1997-06-01', dockers),
        harold('Harold Bloggs said the vote counts.', '1998-03-01', dockers),
      ],
      'person:harold-bloggs',
    ],
    [
      'a first affiliation of a person who had none keeps the Dockers Union’s Bloggs off him',
      [harold('Harold Bloggs said the strike ends.', '1997-06-01')],
      [harold('Harold Bloggs said the mill reopens.', '1996-03-01', mill)],
      'person:bloggs',
    ],
    [
      'a lone word’s affiliation in an article decided into a person who has none stays off him',
      [harold('Harold Bloggs said the strike ends.', '1996-03-01')],
      [
        affiliated(
          'Bloggs of the Mill Party said the mill burns.',
          'person:bloggs',
          'Bloggs',
          '1995-07-01',
          mill,
        ),
      ],
      'person:harold-bloggs',
    ],
  ])('%s, in either order', async (_what, early, later, expected) => {
    // Jane's lone surname of 2014 keeps "Bloggs" on its own store-wide, so 1995's is decided per article.
    const first = [namesakeAnalysis('jane13'), namesakeAnalysis('lone14'), ...early]
    const dock = dockersBloggs()
    const states: Awaited<ReturnType<typeof snapshot>>[] = []
    for (const order of [
      [...first, dock, ...later],
      [...first, ...later, dock],
    ]) {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      for (const analysis of order) await storeAnalysis(store, analysis)
      const state = await snapshot(store)
      expect(state.speakers['the dock shuts']).toBe(expected)
      expect(await findInconsistencies(store)).toEqual([])
      states.push(state)
    }
    expect(states[0]).toEqual(states[1])
  })
})
