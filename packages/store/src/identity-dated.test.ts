import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { type NamesakeArticle, namesakeAnalysis } from '../test/namesakes.ts'
import { queryRows, type Store } from './database.ts'
import { canonicalActorId } from './identity.ts'
import { windowWords } from './identity-dated.ts'
import { storeAnalysis } from './ingest.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { importRegistry, RegistrySchema } from './registry.ts'

describe('windowWords', () => {
  it.each([
    ['a lone word', [{ name: 'Mr Bloggs', kind: 'person' }], ['bloggs']],
    [
      'a full name: its surname and given name',
      [{ name: 'Harold Bloggs', kind: 'person' }],
      ['bloggs', 'harold'],
    ],
    ['an initial is no given name', [{ name: 'J. Bloggs', kind: 'person' }], ['bloggs']],
    ['no organization', [{ name: 'Bloggs Mills', kind: 'organization' }], []],
  ])('%s', (_what, actors, expected) => {
    expect(windowWords({ actors })).toEqual(expected)
  })
})

/** Actors, identities and speakers as resolution left them, in a fixed order. */
async function snapshot(store: Store) {
  return {
    actors: await queryRows(
      store.db,
      sql`select id, name, article_count, statement_count from actors order by id`,
    ),
    identities: await queryRows(
      store.db,
      sql`select actor_id, canonical_id from actor_identities order by actor_id`,
    ),
    speakers: await queryRows(store.db, sql`select speaker_id, quote from statements order by quote`),
  }
}

/** Four orders of a few articles: as listed, reversed, and rotated by one and by half. */
function orders(names: readonly NamesakeArticle[]): NamesakeArticle[][] {
  const rotated = (by: number) => [...names.slice(by), ...names.slice(0, by)]
  return [[...names], [...names].reverse(), rotated(1), rotated(Math.floor(names.length / 2))]
}

describe.each(testBackends())('the time window on $name', (backend) => {
  const opened: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const dispose of opened) await dispose()
  })

  it.each([
    {
      what: 'a lone surname near only the later namesake joins her',
      names: ['harold93', 'harold97', 'jane13', 'lone14'],
      bloggs: 'person:jane-bloggs',
    },
    {
      what: 'a lone surname twenty years from the only namesake stays its own',
      names: ['harold93', 'lone14'],
      bloggs: 'person:bloggs',
    },
    {
      what: 'a namesake named again near the lone surname takes it in',
      names: ['harold93', 'lone14', 'harold11'],
      bloggs: 'person:harold-bloggs',
    },
    {
      what: 'a lone surname of both decades fits neither namesake',
      names: ['harold93', 'harold97', 'jane13', 'lone95', 'lone14'],
      bloggs: 'person:bloggs',
    },
    {
      what: 'an undated lone surname fits every namesake, as without dates',
      names: ['harold93', 'loneUndated'],
      bloggs: 'person:harold-bloggs',
    },
    {
      what: 'an undated lone surname beside two namesakes stays its own',
      names: ['harold93', 'jane13', 'loneUndated'],
      bloggs: 'person:bloggs',
    },
  ] as const)('$what, in any order', async ({ names, bloggs }) => {
    let reference: Awaited<ReturnType<typeof snapshot>> | undefined
    for (const order of orders(names)) {
      const { store, dispose } = await backend.open()
      opened.push(dispose)
      for (const name of order) await storeAnalysis(store, namesakeAnalysis(name))
      expect({ order, bloggs: await canonicalActorId(store, 'person:bloggs') }).toEqual({ order, bloggs })
      expect(await findInconsistencies(store)).toEqual([])
      const state = await snapshot(store)
      reference ??= state
      expect(state).toEqual(reference)
    }
  })

  // A lone surname joined to an undated registry person by the surname is split off once that person's first dated
  // article lies beyond the window, as it is never joined when that article comes first.
  it.each([
    ['the registry person dated after the lone surname joined it', ['registry', 'lone95', 'hugh21']],
    ['the registry person dated first', ['registry', 'hugh21', 'lone95']],
  ] as const)('a lone surname leaves a registry person dated far from it: %s', async (_what, steps) => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    const hugh = RegistrySchema.parse([{ id: 'person:hugh-bloggs', name: 'Hugh Bloggs', kind: 'person' }])
    for (const step of steps)
      if (step === 'registry') await importRegistry(store, hugh)
      else await storeAnalysis(store, namesakeAnalysis(step))
    expect(await canonicalActorId(store, 'person:bloggs')).toBe('person:bloggs')
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('keeps the spans of the dated articles only, and the same article twice changes nothing', async () => {
    const { store, dispose } = await backend.open()
    opened.push(dispose)
    for (const name of ['harold93', 'harold97', 'loneUndated', 'jane13', 'lone14', 'lone14'] as const)
      await storeAnalysis(store, namesakeAnalysis(name))
    const spans = await queryRows<{ id: string; first: Date | string; last: Date | string }>(
      store.db,
      sql`select extracted_id as id, first_at as first, last_at as last from actor_spans order by extracted_id`,
    )
    expect(
      spans.map(({ id, first, last }) => [
        id,
        new Date(first).toISOString().slice(0, 10),
        new Date(last).toISOString().slice(0, 10),
      ]),
    ).toEqual([
      ['person:bloggs', '2014-09-01', '2014-09-01'],
      ['person:harold-bloggs', '1993-03-01', '1997-06-01'],
      ['person:jane-bloggs', '2013-04-01', '2013-04-01'],
    ])
    // The undated article says nothing of time: the lone surname's dated article is near the later namesake only.
    expect(await canonicalActorId(store, 'person:bloggs')).toBe('person:jane-bloggs')
  })
})
