import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import { affiliated, namesakeAnalysis } from '../test/namesakes.ts'
import { queryRows, type Store } from './database.ts'
import { type DecideWork, decideWordsAgain } from './identity-article.ts'
import { windowOfSpan } from './identity-window.ts'
import { storeAnalysis } from './ingest.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { importEntries, type RegistryEntry, RegistrySchema } from './registry.ts'

/** The speaker of the statement quoting `quote`. */
async function speakerOf(store: Store, quote: string): Promise<string | undefined> {
  const rows = await queryRows<{ speaker: string }>(
    store.db,
    sql`select speaker_id as speaker from statements where quote = ${quote}`,
  )
  return rows[0]?.speaker
}

/** How many lone-surname articles the store holds, dated 1990 to 2020. */
const LONE_ARTICLES = 150

/** The i-th lone-surname article: one statement of "Bloggs", dated about two months after the one before. */
function loneArticle(i: number) {
  const text = `Bloggs said the plan number ${i} is ready.`
  const date = new Date(Date.UTC(1990, 0, 1) + i * 73 * 24 * 3600 * 1000)
  return makeAnalysis(text, {
    actors: [{ id: 'person:bloggs', kind: 'person', names: ['Bloggs'] }],
    statements: [{ speaker: 'person:bloggs', content: `the plan number ${i} is ready`, cue: 'said' }],
    publishedAt: date.toISOString(),
  })
}

describe.each(testBackends())('a registry import decides again only what it changes, on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  /** Imports one batch, and answers the articles its decision read and those deciding every one would read. */
  async function imported(store: Store, entries: unknown): Promise<{ read: number; every: number }> {
    const batch: RegistryEntry[] = RegistrySchema.parse(entries)
    const work: DecideWork = { articles: 0 }
    await store.db.transaction((tx) => importEntries(tx, batch, work))
    // Deciding every article of the batch's words afterwards finds nothing left to move, and counts them all.
    const every: DecideWork = { articles: 0 }
    const moves = await store.db.transaction((tx) =>
      decideWordsAgain(tx, ['bloggs', 'harold', 'jane'], { work: every }),
    )
    expect(moves).toEqual([])
    expect(await findInconsistencies(store)).toEqual([])
    return { read: work.articles, every: every.articles }
  }

  it('reads the articles within the changed persons’ windows, none when nothing changed', {
    timeout: 600_000,
  }, async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of ['harold93', 'harold97', 'jane13'] as const)
      await storeAnalysis(store, namesakeAnalysis(name))
    for (let i = 0; i < LONE_ARTICLES; i++) await storeAnalysis(store, loneArticle(i))
    const jane = [{ id: 'person:jane-bloggs', name: 'Jane Bloggs', kind: 'person', wikidata: 'Q1' }]
    // Jane registered under her stored id: her span and id stand, so no article can change (before: all 150).
    expect(await imported(store, jane)).toEqual({ read: 0, every: LONE_ARTICLES })
    expect(await imported(store, jane)).toEqual({ read: 0, every: LONE_ARTICLES })
    // Harold registered under another id takes in the stored one: only his window, 1989–2001, is read.
    const harold = [{ id: 'person:harold-q-bloggs', name: 'Harold Bloggs', kind: 'person' }]
    const { read } = await imported(store, harold)
    const window = windowOfSpan({
      first: new Date('1993-03-01T09:00:00Z'),
      last: new Date('1997-06-01T09:00:00Z'),
    })
    const inWindow = Array.from({ length: LONE_ARTICLES }, (_, i) => loneArticle(i)).filter((analysis) => {
      const at = new Date(analysis.article.publishedAt ?? '')
      return at >= window.first && at <= window.last
    }).length
    expect(read).toBe(inWindow)
    expect(read).toBeLessThan(LONE_ARTICLES / 2)
    // A new person of no date fits every date: every article is read, as before.
    const hugh = [{ id: 'person:hugh-bloggs', name: 'Hugh Bloggs', kind: 'person' }]
    expect(await imported(store, hugh)).toEqual({ read: LONE_ARTICLES, every: LONE_ARTICLES })
  })

  it('decides again the articles of a person whose affiliation an import changes', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    const mill = 'organization:mill-party'
    await storeAnalysis(
      store,
      affiliated(
        'Harold Bloggs said the mill reopens.',
        'person:harold-bloggs',
        'Harold Bloggs',
        '1993-03-01',
        mill,
      ),
    )
    const dockers = 'organization:dockers-union'
    const dock = 'Bloggs of the Dockers Union said the dock shuts.'
    await storeAnalysis(store, affiliated(dock, 'person:bloggs', 'Bloggs', '1995-05-01', dockers))
    // Of the Mill Party, Harold contradicts the Dockers Union's Bloggs: the article stays the lone word's.
    expect(await speakerOf(store, 'the dock shuts')).toBe('person:bloggs')
    const harold = [
      { id: 'person:harold-bloggs', name: 'Harold Bloggs', kind: 'person', affiliation: dockers },
    ]
    expect((await imported(store, harold)).read).toBe(1)
    expect(await speakerOf(store, 'the dock shuts')).toBe('person:harold-bloggs')
    // Imported again as it stands: nothing changes, nothing is read.
    expect(await imported(store, harold)).toEqual({ read: 0, every: 1 })
  })

  it('reads no bearers of words with no lone word standing on its own', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of ['harold93', 'harold97', 'jane13'] as const)
      await storeAnalysis(store, namesakeAnalysis(name))
    const harold = RegistrySchema.parse([
      { id: 'person:harold-bloggs', name: 'Harold Bloggs', kind: 'person' },
    ])
    const work: DecideWork = { articles: 0 }
    await store.db.transaction((tx) => importEntries(tx, harold, work))
    expect(work.bearers ?? 0).toBe(0)
    // With a lone "Bloggs" stored, the bearers of "bloggs" are read, before and after the batch (not "harold"'s).
    await storeAnalysis(store, namesakeAnalysis('lone05'))
    const again: DecideWork = { articles: 0 }
    await store.db.transaction((tx) => importEntries(tx, harold, again))
    expect(again.bearers).toBe(4)
  })

  it('puts a lone word’s articles back under it when a batch registers it', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of ['harold93', 'harold97', 'jane13', 'lone95', 'lone14'] as const)
      await storeAnalysis(store, namesakeAnalysis(name))
    const quotes = ['the harbour floods', 'the budget balances']
    const speakers = async () => Promise.all(quotes.map((quote) => speakerOf(store, quote)))
    expect(await speakers()).toEqual(['person:harold-bloggs', 'person:jane-bloggs'])
    await imported(store, [{ id: 'person:bloggs', name: 'Bloggs', kind: 'person' }])
    expect(await speakers()).toEqual(['person:bloggs', 'person:bloggs'])
  })
})
