import { eq, inArray, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import { splitActor } from './curation.ts'
import { queryRows, type Store, type Tx } from './database.ts'
import { kindGroup, lockNames, mergeActorInto } from './identity.ts'
import { storeAnalysis } from './ingest.ts'
import { importRegistry, type RegistryEntry, type RegistryImport, RegistrySchema } from './registry.ts'
import { isNamedBy, type NamedActor, planJoins, registryKeys } from './registry-batch.ts'
import { actorIdentities, actorNameKeys, actors } from './schema.ts'

describe('planJoins', () => {
  // One name per entry: the keys are what matter here (isNamedBy has its own table).
  const entry = (id: string, keys: string[], kind = 'person') => ({ id, kind, keys, names: ['Ann Lee'] })
  const named = (key: string, id: string, curated = false, kind = 'person'): NamedActor => ({
    key,
    id,
    name: 'Ann Lee',
    kind,
    curated,
  })
  it.each([
    ['nothing found', [entry('person:ann-lee', ['p:ann lee'])], [], [], []],
    [
      'a found actor joins',
      [entry('person:ann-lee', ['p:ann lee'])],
      [named('p:ann lee', 'person:ann-b-lee')],
      [['person:ann-b-lee', 'person:ann-lee', 0]],
      ['person:ann-b-lee'],
    ],
    [
      'found by two keys, it joins once',
      [entry('person:ann-lee', ['n:ann lee', 'p:ann lee'])],
      [named('n:ann lee', 'person:lee-a'), named('p:ann lee', 'person:lee-a')],
      [['person:lee-a', 'person:ann-lee', 0]],
      ['person:lee-a'],
    ],
    [
      'a person never joins a body, nor a body a person',
      [entry('person:ann-lee', ['n:ann lee']), entry('organization:lee', ['o:lee'], 'organization')],
      [named('n:ann lee', 'organization:ann-lee', false, 'organization'), named('o:lee', 'person:lee')],
      [],
      [],
    ],
    [
      'a place may join a body',
      [entry('organization:vale-trust', ['o:vale trust'], 'organization')],
      [named('o:vale trust', 'location:vale-trust', false, 'location')],
      [['location:vale-trust', 'organization:vale-trust', 0]],
      ['location:vale-trust'],
    ],
    [
      'found by two entries, it joins the first',
      [entry('person:ann-lee', ['p:ann lee']), entry('person:ann-lee-2', ['p:ann lee'])],
      [named('p:ann lee', 'person:ann-b-lee')],
      [['person:ann-b-lee', 'person:ann-lee', 0]],
      ['person:ann-b-lee'],
    ],
    [
      'a curated actor stays, so each entry counts it',
      [entry('person:ann-lee', ['p:ann lee']), entry('person:ann-lee-2', ['p:ann lee'])],
      [named('p:ann lee', 'person:ann-b-lee', true)],
      [
        ['person:ann-b-lee', 'person:ann-lee', 0],
        ['person:ann-b-lee', 'person:ann-lee-2', 1],
      ],
      [],
    ],
    [
      'an entry before is registered: it joins no one; an entry after joins the first',
      [
        entry('person:bo-tran', ['p:bo tran']),
        entry('person:bo-tran-2', ['p:bo tran']),
        entry('person:bo-t', ['s:tran']),
      ],
      [named('p:bo tran', 'person:bo-tran'), named('p:bo tran', 'person:bo-t')],
      [['person:bo-t', 'person:bo-tran', 0]],
      ['person:bo-t'],
    ],
    [
      'never by a surname alone',
      [entry('person:ann-lee', ['s:lee'])],
      [named('s:lee', 'person:bo-lee')],
      [],
      [],
    ],
    [
      'joins in id order',
      [entry('person:ann-lee', ['p:ann lee'])],
      [named('p:ann lee', 'person:lee-b'), named('p:ann lee', 'person:lee-a')],
      [
        ['person:lee-a', 'person:ann-lee', 0],
        ['person:lee-b', 'person:ann-lee', 0],
      ],
      ['person:lee-a', 'person:lee-b'],
    ],
  ] as const)('%s', (_name, entries, found, joins, removed) => {
    const plan = planJoins(entries, found)
    expect(plan.joins.map(({ from, into, index }) => [from, into, index])).toEqual(joins)
    expect([...plan.removed].sort()).toEqual(removed)
  })
})

describe('isNamedBy', () => {
  it.each([
    ['a variant with a middle initial', 'Ann T. Lee', 'person', 'p:ann lee', ['Ann Lee'], true],
    ['the same full name', 'Ann Lee', 'person', 'p:ann lee', ['Ann Lee'], true],
    ['another person of that surname', 'Bo Lee', 'person', 's:lee', ['Ann Lee'], false],
    ['another middle initial', 'Ann Q. Lee', 'person', 'p:ann lee', ['Ann T. Lee'], false],
    [
      'another middle initial than an alias',
      'Ann Q. Lee',
      'person',
      'p:ann lee',
      ['Ann Lee', 'Ann T. Lee'],
      false,
    ],
    ['a son', 'Ann Lee Jr.', 'person', 'p:ann lee', ['Ann Lee'], false],
    ['a father, by a son’s name', 'Ann Lee', 'person', 'p:ann lee', ['Ann Lee Jr.'], false],
    ['a son, by his name', 'Ann Lee Jr', 'person', 'p:ann lee', ['Ann Lee Jr.'], true],
    ['a body by its acronym', 'Vale Lake Trust', 'organization', 'a:vlt', ['VLT'], true],
    ['a body by its words', 'Vale Trust', 'organization', 'o:vale trust', ['Vale Trust'], true],
    ['an acronym by the name it spells', 'VLT', 'organization', 'a:vlt', ['Vale Lake Trust'], true],
    ['a body sharing initials only', 'Vine Loft Tavern', 'organization', 'a:vlt', ['Vale Lake Trust'], false],
    [
      'a body sharing initials with a name whose alias is the acronym',
      'Vine Loft Tavern',
      'organization',
      'a:vlt',
      ['Vale Lake Trust', 'VLT'],
      true,
    ],
  ] as const)('%s', (_name, stored, kind, key, name, expected) => {
    expect(isNamedBy({ name: stored, kind }, key, name)).toBe(expected)
  })
})

/** The import as it was before it was set-based: each entry after the other, several statements each. */
async function importOneByOne(store: Store, entries: readonly RegistryEntry[]): Promise<RegistryImport> {
  return store.db.transaction(async (tx: Tx) => {
    await lockNames(
      tx,
      entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => ({ name, kind: entry.kind }))),
      'exclusive',
    )
    const result: RegistryImport = { created: 0, updated: 0, joined: 0 }
    for (const entry of entries) {
      const aliases = [...new Set(entry.aliases)].filter((alias) => alias !== entry.name).sort()
      const [stored] = await tx.select().from(actors).where(eq(actors.id, entry.id))
      if (stored) {
        const merged = [
          ...new Set([...stored.aliases, ...aliases, ...(stored.name === entry.name ? [] : [stored.name])]),
        ]
          .filter((alias) => alias !== entry.name)
          .sort()
        await tx
          .update(actors)
          .set({
            name: entry.name,
            aliases: merged,
            searchText: [entry.name, ...merged].join(' ').toLowerCase(),
            role: entry.role ?? stored.role,
            affiliation: entry.affiliation ?? stored.affiliation,
            wikidata: entry.wikidata ?? stored.wikidata,
            registered: true,
          })
          .where(eq(actors.id, entry.id))
        result.updated++
      } else {
        await tx.insert(actors).values({
          id: entry.id,
          name: entry.name,
          kind: entry.kind,
          role: entry.role ?? null,
          affiliation: entry.affiliation ?? null,
          aliases,
          searchText: [entry.name, ...aliases].join(' ').toLowerCase(),
          wikidata: entry.wikidata ?? null,
          registered: true,
        })
        result.created++
      }
      const how = { rule: 'registry', reason: 'registered as a known actor', curated: true }
      await tx
        .insert(actorIdentities)
        .values({ actorId: entry.id, canonicalId: entry.id, name: entry.name, kind: entry.kind, ...how })
        .onConflictDoUpdate({
          target: actorIdentities.actorId,
          set: { canonicalId: entry.id, ...how, parentId: null },
        })
      const keys = registryKeys({ ...entry, aliases })
      await tx
        .insert(actorNameKeys)
        .values(keys.map((key) => ({ key, actorId: entry.id })))
        .onConflictDoNothing()
      const named = await tx
        .select({
          key: actorNameKeys.key,
          id: actors.id,
          name: actors.name,
          kind: actors.kind,
          registered: actors.registered,
        })
        .from(actorNameKeys)
        .innerJoin(actors, eq(actors.id, actorNameKeys.actorId))
        .where(inArray(actorNameKeys.key, keys))
      const joining = named
        .filter(
          (row) => row.id !== entry.id && !row.registered && kindGroup(row.kind) === kindGroup(entry.kind),
        )
        // Since the rule that no surname alone joins (isNamedBy), which the set-based import follows too.
        .filter((row) => isNamedBy(row, row.key, [entry.name, ...aliases]))
        .map((row) => row.id)
      for (const from of [...new Set(joining)].sort()) {
        await mergeActorInto(tx, from, entry.id, {
          rule: 'registry',
          reason: `a name of registered ${entry.id}`,
          curated: false,
        })
        result.joined++
      }
    }
    return result
  })
}

/** Everything an import writes or moves, in a fixed order. */
async function snapshot(store: Store) {
  const rows = (query: ReturnType<typeof sql>) => queryRows(store.db, query)
  return {
    actors: await rows(sql`select id, name, kind, role, affiliation, aliases, search_text, article_count,
      statement_count, wikidata, registered from actors order by id`),
    identities: await rows(sql`select actor_id, canonical_id, name, kind, rule, reason, article_id, curated,
      parent_id from actor_identities order by actor_id`),
    keys: await rows(sql`select key, actor_id from actor_name_keys order by key, actor_id`),
    links: await rows(sql`select article_id, actor_id from article_actors order by 1, 2`),
    mentions: await rows(sql`select article_id, actor_id, start, "end" from mentions order by 1, 3, 4, 2`),
    statements: await rows(
      sql`select article_id, id, speaker_id, target_id, view from statements order by 1, 2`,
    ),
    stances: await rows(
      sql`select source_id, target_id, polarity, statement_count from stances order by 1, 2, 3`,
    ),
  }
}

/** Invented articles whose actors a registry's names find: variants, a lone surname, an acronym, a namesake. */
const ARTICLES = [
  makeAnalysis('Oru Vantek said the bridge will open in May.', {
    publishedAt: '2026-03-01T09:00:00Z',
    actors: [{ id: 'person:oru-vantek', kind: 'person', names: ['Oru Vantek'] }],
    statements: [{ speaker: 'person:oru-vantek', content: 'the bridge will open in May', cue: 'said' }],
  }),
  makeAnalysis('Vantek said the budget was sound.', {
    publishedAt: '2026-03-02T09:00:00Z',
    actors: [{ id: 'person:vantek', kind: 'person', names: ['Vantek'] }],
    statements: [{ speaker: 'person:vantek', content: 'the budget was sound', cue: 'said' }],
  }),
  makeAnalysis('Oru J. Vantek criticised the Tarlen Council, Mira Sollen said.', {
    publishedAt: '2026-03-03T09:00:00Z',
    actors: [
      // An id after person:oru-vantek's, so that the variant joins it (the id breaks the tie).
      { id: 'person:vantek-oru-j', kind: 'person', names: ['Oru J. Vantek'] },
      { id: 'organization:tarlen-council', kind: 'organization', names: ['Tarlen Council'] },
      { id: 'person:mira-sollen', kind: 'person', names: ['Mira Sollen'] },
    ],
    statements: [
      {
        speaker: 'person:mira-sollen',
        content: 'Oru J. Vantek criticised the Tarlen Council',
        cue: 'said',
        target: 'organization:tarlen-council',
        polarity: 'oppose',
      },
    ],
  }),
  makeAnalysis('The TC said Mira Sollen was wrong about the Orvan plan.', {
    publishedAt: '2026-03-04T09:00:00Z',
    actors: [
      { id: 'organization:tc', kind: 'organization', names: ['TC'] },
      { id: 'person:mira-sollen', kind: 'person', names: ['Mira Sollen'] },
    ],
    statements: [
      {
        speaker: 'organization:tc',
        content: 'Mira Sollen was wrong about the Orvan plan',
        cue: 'said',
        target: 'person:mira-sollen',
        polarity: 'oppose',
      },
    ],
  }),
]

/** A registry whose entries find those actors, in an order where the order matters. */
const REGISTRY = RegistrySchema.parse([
  { id: 'person:oru-vantek-sr', name: 'Oru Vantek', kind: 'person', aliases: ['Orvan'], wikidata: 'Q901' },
  {
    id: 'organization:tarlen-city-council',
    name: 'Tarlen City Council',
    kind: 'organization',
    aliases: ['TC'],
  },
  // Its name finds the stored actor that the next entry is: that actor joins it, and the next is stored anew.
  { id: 'person:m-sollen', name: 'Mira Sollen', kind: 'person', aliases: [], role: 'mayor' },
  { id: 'person:mira-sollen', name: 'Mira Anne Sollen', kind: 'person', aliases: ['M. A. Sollen'] },
  // An id the store resolved to another actor, and a stored actor updated in place.
  { id: 'person:vantek', name: 'Ilse Vantek', kind: 'person', aliases: [] },
  { id: 'organization:tarlen-council', name: 'Tarlen Council', kind: 'organization', aliases: ['Tarlen'] },
])

describe.each(testBackends())('importRegistry, set-based, on $name', (backend) => {
  const opened: { store: Store; dispose(): Promise<void> }[] = []
  const open = async () => {
    const one = await backend.open()
    opened.push(one)
    return one.store
  }
  afterAll(async () => {
    for (const { dispose } of opened) await dispose()
  })

  /** A store holding the articles, with "Oru J. Vantek" split off "Oru Vantek" by a person (curated). */
  async function storeWithArticles(): Promise<Store> {
    const store = await open()
    for (const analysis of ARTICLES) await storeAnalysis(store, analysis)
    expect(await splitActor(store, 'person:vantek-oru-j')).toEqual({
      ok: true,
      canonical: 'person:vantek-oru-j',
    })
    return store
  }

  let reference: { result: RegistryImport; state: Awaited<ReturnType<typeof snapshot>> }
  beforeAll(async () => {
    const store = await storeWithArticles()
    const result = await importOneByOne(store, REGISTRY)
    reference = { result, state: await snapshot(store) }
  })

  it('stores what the one-by-one import stored, and counts the same', async () => {
    // The case is worth its name: actors join, one of them curated, and an entry is stored anew.

    expect(reference.result.joined).toBeGreaterThanOrEqual(4)
    const store = await storeWithArticles()
    expect(await importRegistry(store, REGISTRY)).toEqual(reference.result)
    expect(await snapshot(store)).toEqual(reference.state)
  })

  it('gives the same rows when the same file is imported twice', async () => {
    const store = await storeWithArticles()
    await importRegistry(store, REGISTRY)
    const once = await snapshot(store)
    expect(await importRegistry(store, REGISTRY)).toEqual({
      created: 0,
      updated: REGISTRY.length,
      // The actor a person split off stays its own, and the entry that names it counts it again.
      joined: 1,
    })
    expect(await snapshot(store)).toEqual(once)
  })

  /** A registry of the articles' people and bodies, in plain form. */
  const plain = RegistrySchema.parse([
    { id: 'person:oru-vantek', name: 'Oru Vantek', kind: 'person', aliases: ['Orvan'], wikidata: 'Q901' },
    { id: 'organization:tarlen-council', name: 'Tarlen Council', kind: 'organization', aliases: ['TC'] },
    { id: 'person:mira-sollen', name: 'Mira Sollen', kind: 'person', aliases: [], role: 'mayor' },
  ])

  /** The actors a store holds and the canonical id of every extracted id. */
  async function actorsOf(store: Store) {
    const rows = (query: ReturnType<typeof sql>) => queryRows(store.db, query)
    return {
      actors: await rows(sql`select id, name, kind, role, aliases, article_count, statement_count, wikidata,
        registered from actors order by id`),
      canonical: await rows(sql`select actor_id, canonical_id from actor_identities order by actor_id`),
      speakers: await rows(sql`select speaker_id, target_id, quote from statements order by quote`),
    }
  }

  /** The actors of a store that imported the registry, then stored the articles (made once). */
  let expected: ReturnType<typeof actorsOf> | undefined
  const importedFirst = () => {
    expected ??= open().then(async (store) => {
      await importRegistry(store, plain)
      for (const analysis of ARTICLES) await storeAnalysis(store, analysis)
      return actorsOf(store)
    })
    return expected
  }

  it.each([
    ['between the articles', 2],
    ['after them', ARTICLES.length],
  ])('gives the same actors with the import %s as before them', async (_name, at) => {
    const store = await open()
    for (const analysis of ARTICLES.slice(0, at)) await storeAnalysis(store, analysis)
    await importRegistry(store, plain)
    for (const analysis of ARTICLES.slice(at)) await storeAnalysis(store, analysis)
    expect(await actorsOf(store)).toEqual(await importedFirst())
  })

  it('gives the same actors with the import alongside the ingests as before them', async () => {
    const store = await open()
    await Promise.all([
      importRegistry(store, plain),
      ...ARTICLES.map((analysis) => storeAnalysis(store, analysis)),
    ])
    expect(await actorsOf(store)).toEqual(await importedFirst())
  })

  it('joins no one by a surname alone, nor a son, nor a namesake of another middle initial', async () => {
    const store = await open()
    const said = (id: string, name: string, what: string) =>
      makeAnalysis(`${name} said ${what}.`, {
        actors: [{ id, kind: 'person', names: [name] }],
        statements: [{ speaker: id, content: what, cue: 'said' }],
      })
    await storeAnalysis(store, said('person:bo-varn', 'Bo Varn', 'the ferry runs'))
    await storeAnalysis(store, said('person:ann-varn-jr', 'Ann Varn Jr.', 'the port is shut'))
    await storeAnalysis(store, said('person:ann-q-varn', 'Ann Q. Varn', 'the tolls rise'))
    await storeAnalysis(store, said('person:ann-t-varn', 'Ann T. Varn', 'the bridge holds'))
    const registry = RegistrySchema.parse([
      { id: 'person:ann-varn', name: 'Ann Varn', kind: 'person', aliases: ['Ann T. Varn'] },
    ])
    // Only the variant its names name joins it.
    expect(await importRegistry(store, registry)).toEqual({ created: 1, updated: 0, joined: 1 })
    const canonical = await queryRows<{ actor_id: string; canonical_id: string }>(
      store.db,
      sql`select actor_id, canonical_id from actor_identities order by actor_id`,
    )
    expect(canonical.map((row) => [row.actor_id, row.canonical_id])).toEqual([
      ['person:ann-q-varn', 'person:ann-q-varn'],
      ['person:ann-t-varn', 'person:ann-varn'],
      ['person:ann-varn', 'person:ann-varn'],
      ['person:ann-varn-jr', 'person:ann-varn-jr'],
      ['person:bo-varn', 'person:bo-varn'],
    ])
  })
})
