import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { affiliated, dockersBloggs, namesakeAnalysis } from '../test/namesakes.ts'
import { queryRows, type Store } from './database.ts'
import { ingestArticle, storeAnalysis } from './ingest.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { sweepOrphans } from './settle-identities.ts'

type Analysis = ReturnType<typeof affiliated>

/** Who speaks the statement of "the dock shuts". */
async function dockSpeaker(store: Store): Promise<string | undefined> {
  const [row] = await queryRows<{ speaker: string }>(
    store.db,
    sql`select speaker_id as speaker from statements where quote like '%the dock shuts%'`,
  )
  return row?.speaker
}

/** Fails every change of a per-article identity: the second transaction after an article's write moves one. */
async function refuseMoves(store: Store, refuse: boolean): Promise<void> {
  if (!refuse) {
    await store.db.execute(sql.raw('drop trigger refuse_moves on article_identities'))
    return
  }
  await store.db.execute(
    sql.raw(`create or replace function refuse_moves() returns trigger language plpgsql as $$
      begin raise exception 'moves refused'; end $$`),
  )
  await store.db.execute(
    sql.raw(`create trigger refuse_moves before insert or update or delete on article_identities
      for each row execute function refuse_moves()`),
  )
}

/**
 * Whether a new article's store resolved as created and owing, while warning, once, that its debt failed and stays
 * owed (the injected refusal): the article is stored, so the failure is reported, not thrown.
 */
async function storedWithDebtWarned(
  storing: Promise<{ created: boolean; owesFacts: boolean }>,
  articleId: string,
): Promise<boolean> {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  try {
    const { created, owesFacts } = await storing
    expect(warn.mock.calls).toEqual([[expect.stringContaining(`${articleId} owes failed and stay owed`)]])
    return created && owesFacts
  } finally {
    warn.mockRestore()
  }
}

describe.each(testBackends())('settleOwedFacts on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  const [mill, dockers] = ['organization:mill-party', 'organization:dockers-union']
  const harold = (text: string, date: string, affiliation: string) =>
    affiliated(text, 'person:harold-bloggs', 'Harold Bloggs', date, affiliation)
  // Jane's lone surname of 2014 keeps "Bloggs" on its own store-wide, so 1995's is decided per article: under
  // Harold while he is of the Dockers Union, its own once most of his articles say the Mill Party (the last one).
  const stored = [
    namesakeAnalysis('jane13'),
    namesakeAnalysis('lone14'),
    harold('Harold Bloggs said the strike ends.', '1997-06-01', dockers),
    dockersBloggs(),
    harold('Harold Bloggs said the mill reopens.', '1996-03-01', mill),
  ]
  const last = harold('Harold Bloggs said the vote counts.', '1998-03-01', mill)

  it.each([
    ['its analysis is stored again', (store: Store, given: Analysis) => storeAnalysis(store, given)],
    [
      'its text is ingested again',
      (store: Store, given: Analysis) => ingestArticle(store, given.article.text, {}, () => given),
    ],
    ['the store is swept', (store: Store) => sweepOrphans(store)],
  ])('a failed decision after the write stays owed until %s', async (_what, repair) => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const analysis of stored) await storeAnalysis(store, analysis)
    expect(await dockSpeaker(store)).toBe('person:harold-bloggs')
    await refuseMoves(store, true)
    expect(await storedWithDebtWarned(storeAnalysis(store, last), last.article.id)).toBe(true)
    await refuseMoves(store, false)
    // The article is stored and Harold shows the Mill Party, but the 1995 article was decided under the Dockers.
    expect(await dockSpeaker(store)).toBe('person:harold-bloggs')
    expect(await findInconsistencies(store)).toEqual([
      { table: 'fact-settles', id: `${last.article.id}/person:harold-bloggs` },
    ])
    await repair(store, last)
    expect(await dockSpeaker(store)).toBe('person:bloggs')
    expect(await findInconsistencies(store)).toEqual([])
  })

  // A debt whose payment fails every time must not stop a writer's open (its sweep) nor a read of the stored text.
  it('a debt that keeps failing is reported and stays owed: the sweep goes on, the stored text is answered', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const analysis of stored) await storeAnalysis(store, analysis)
    await refuseMoves(store, true)
    expect(await storedWithDebtWarned(storeAnalysis(store, last), last.article.id)).toBe(true)
    // An actor nothing backs, for the sweep's later step to remove.
    await store.db.execute(sql`insert into actors (id, name, kind, search_text)
      values ('person:ada-nobody', 'Ada Nobody', 'person', 'ada nobody')`)
    const reported: [string, string][] = []
    const report = (id: string, error: unknown) => reported.push([id, `${error} / ${(error as Error).cause}`])
    expect(await sweepOrphans(store, report)).toBe(1)
    expect(reported).toEqual([[last.article.id, expect.stringContaining('moves refused')]])
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const again = await ingestArticle(store, last.article.text, {}, () => expect.fail('analyzed again'))
      expect([again.created, again.owesFacts, again.analysis.article.id]).toEqual([
        false,
        true,
        last.article.id,
      ])
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(last.article.id))
    } finally {
      warn.mockRestore()
    }
    expect(await findInconsistencies(store)).toEqual([
      { table: 'fact-settles', id: `${last.article.id}/person:harold-bloggs` },
    ])
    await refuseMoves(store, false)
    expect(await sweepOrphans(store, report)).toBe(0)
    expect(reported).toHaveLength(1)
    expect(await dockSpeaker(store)).toBe('person:bloggs')
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('pays nothing twice: the decision that succeeds clears what it owed', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const analysis of [...stored, last]) await storeAnalysis(store, analysis)
    expect(await dockSpeaker(store)).toBe('person:bloggs')
    expect(await queryRows(store.db, sql`select * from fact_settles_owed`)).toEqual([])
  })
})

describe.each(testBackends())('a lone word decided per article, on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  // The Dockers Union's Bloggs of 1995 speaks as Harold (who states none) in that article alone, whether Harold is
  // stored before it (decided at its write) or after (moved by his settle): its own row shows its affiliation
  // either way, and Harold's none.
  it('gives its own row the role and affiliation it states, in either order', async () => {
    const dockers = 'organization:dockers-union'
    const dock = dockersBloggs()
    const harold = affiliated(
      'Harold Bloggs said the strike ends.',
      'person:harold-bloggs',
      'Harold Bloggs',
      '1996-03-01',
    )
    const first = [namesakeAnalysis('jane13'), namesakeAnalysis('lone14')]
    const shown: unknown[] = []
    for (const order of [
      [...first, dock, harold],
      [...first, harold, dock],
    ]) {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      for (const analysis of order) await storeAnalysis(store, analysis)
      expect(await dockSpeaker(store)).toBe('person:harold-bloggs')
      const facts = await queryRows<{ id: string; role: string | null; affiliation: string | null }>(
        store.db,
        sql`select id, role, affiliation from actors order by id`,
      )
      expect(facts.find(({ id }) => id === 'person:bloggs')?.affiliation).toBe(dockers)
      expect(facts.find(({ id }) => id === 'person:harold-bloggs')?.affiliation).toBeNull()
      expect(await findInconsistencies(store)).toEqual([])
      shown.push(facts)
    }
    expect(shown[0]).toEqual(shown[1])
  })
})
