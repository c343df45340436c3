import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import {
  backfillGenerationKeys,
  backfillGivenNameKeys,
  backfillNameKeys,
  upgradeNameKeys,
} from './backfill-keys.ts'
import { type Database, queryRows, type Store } from './database.ts'
import { canonicalActorId } from './identity.ts'
import { storeAnalysis } from './ingest.ts'

// An actor stored before migration 0007 has an identity row (its reason says so) but no name keys.
describe.each(testBackends())('backfillNameKeys on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await store.db.execute(sql`insert into actors (id, name, kind, search_text, article_count)
      values ('person:mark-meadows', 'Mark Meadows', 'person', 'mark meadows', 0)`)
    await store.db.execute(sql`insert into actor_identities (actor_id, canonical_id, name, kind, rule, reason)
      values ('person:mark-meadows', 'person:mark-meadows', 'Mark Meadows', 'person', 'own', 'stored before identities')`)
  })
  afterAll(() => dispose())

  it('gives it its keys once, so that a later variant of its name finds it', async () => {
    expect(await backfillNameKeys(store)).toBe(1)
    expect(await backfillNameKeys(store)).toBe(0)
    const keys = await queryRows<{ key: string }>(
      store.db,
      sql`select key from actor_name_keys where actor_id = 'person:mark-meadows' order by key`,
    )
    expect(keys.map(({ key }) => key)).toEqual(['g:mark', 'p:mark meadows', 's:meadows'])
    await storeAnalysis(
      store,
      makeAnalysis('Meadows said the memo stands.', {
        actors: [{ id: 'person:meadows', kind: 'person', names: ['Meadows'] }],
      }),
    )
    expect(await canonicalActorId(store, 'person:meadows')).toBe('person:mark-meadows')
  })
})

/**
 * People named with a generation, stored with the keys an older key function gave them, and the keys they have
 * after the backfill (the old ones stay). Invented names.
 */
const GENERATIONS = [
  // A generation was a surname: "Bram Koller Jr." had p:bram jr and s:jr.
  [
    'person:bram-koller-jr',
    'Bram Koller Jr.',
    false,
    ['p:bram jr', 's:jr'],
    ['g:bram', 'p:bram jr', 'p:bram koller', 's:jr', 's:koller'],
  ],
  // A lone surname with a generation had only p:koller jr, then only short:alder.
  ['person:koller-jr', 'Koller Jr.', false, ['p:koller jr'], ['p:koller jr', 'short:koller']],
  ['person:alder-jr', 'Alder Jr', false, ['short:alder'], ['p:alder jr', 'short:alder']],
  // After a title it is a surname only.
  ['person:oden-sr', 'Mr Oden Sr', false, ['p:oden sr', 's:sr'], ['p:oden sr', 's:sr', 'short:oden']],
  [
    'person:tove-aske-iii',
    'Tove Aske III',
    false,
    ['p:tove iii', 's:iii'],
    ['g:tove', 'p:tove aske', 'p:tove iii', 's:aske', 's:iii'],
  ],
  // A registered actor gets the registry's keys: no lone word's.
  [
    'person:ilse-varn-ii',
    'Ilse Varn II',
    true,
    ['n:ilse varn ii', 'p:ilse ii', 's:ii'],
    ['g:ilse', 'n:ilse varn ii', 'p:ilse ii', 'p:ilse varn', 's:ii', 's:varn'],
  ],
  [
    'person:rolf-ivo-ii',
    'Rolf Ivo II',
    true,
    ['n:rolf ivo ii', 'p:rolf ivo', 's:ivo'],
    ['g:rolf', 'n:rolf ivo ii', 'p:rolf ivo', 's:ivo'],
  ],
  // Nothing else changed here: a name without a generation, one that only ends like one (both get a given
  // name's key from `backfillGivenNameKeys`), a body.
  ['person:lia-moss', 'Lia Moss', false, ['p:lia moss'], ['p:lia moss']],
  ['person:ana-dasii', 'Ana Dasii', false, ['p:ana dasii'], ['p:ana dasii']],
  ['organization:unit-ii', 'Unit II', false, ['o:unit ii'], ['o:unit ii']],
] as const

describe.each(testBackends())('backfillGenerationKeys on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    for (const [id, name, registered, keys] of GENERATIONS) {
      const kind = id.slice(0, id.indexOf(':'))
      await store.db.execute(sql`insert into actors (id, name, kind, search_text, article_count, registered)
        values (${id}, ${name}, ${kind}, ${name.toLowerCase()}, 1, ${registered})`)
      await store.db.execute(sql`insert into actor_identities (actor_id, canonical_id, name, kind, rule, reason)
        values (${id}, ${id}, ${name}, ${kind}, 'own', 'no single stored actor fits')`)
      for (const key of keys)
        await store.db.execute(sql`insert into actor_name_keys (key, actor_id) values (${key}, ${id})`)
    }
  })
  afterAll(() => dispose())

  it('gives each the keys it lacks, a few actors a transaction, and nothing on a second run', async () => {
    const changed = GENERATIONS.filter(([, , , before, after]) => before.length !== after.length)
    expect(await backfillGenerationKeys(store, 2)).toBe(changed.length)
    expect(await backfillGenerationKeys(store, 2)).toBe(0)
    const rows = await queryRows<{ id: string; key: string }>(
      store.db,
      sql`select actor_id as id, key from actor_name_keys order by actor_id, key`,
    )
    for (const [id, , , , after] of GENERATIONS)
      expect([id, rows.filter((row) => row.id === id).map(({ key }) => key)]).toEqual([id, after])
  })

  it('then gives the full names without a generation their given name’s key, once', async () => {
    expect(await backfillGivenNameKeys(store, 2)).toBe(2)
    expect(await backfillGivenNameKeys(store, 2)).toBe(0)
    expect(await backfillNameKeys(store)).toBe(0)
    const rows = await queryRows<{ key: string }>(
      store.db,
      sql`select key from actor_name_keys where actor_id in ('person:lia-moss', 'person:ana-dasii') order by key`,
    )
    expect(rows.map(({ key }) => key)).toEqual([
      'g:ana',
      'g:lia',
      'p:ana dasii',
      'p:lia moss',
      's:dasii',
      's:moss',
    ])
  })

  it('lets a later variant of a son’s name find him', async () => {
    await storeAnalysis(
      store,
      makeAnalysis('Bram T. Koller Jr. said the deal was done.', {
        actors: [{ id: 'person:bram-t-koller-jr', kind: 'person', names: ['Bram T. Koller Jr.'] }],
      }),
    )
    expect(await canonicalActorId(store, 'person:bram-t-koller-jr')).toBe('person:bram-koller-jr')
  })
})

/** The store with a database that counts the queries and transactions asked of it (not those inside one). */
function countingQueries(store: Store): { store: Store; count: () => number } {
  let asked = 0
  const db = new Proxy(store.db, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        asked++
        return value.apply(target, args)
      }
    },
  }) as Database
  return { store: { ...store, db }, count: () => asked }
}

// A store an older whosaid made: actors without the keys of today's key function, and no upgrade recorded.
describe.each(testBackends())('upgradeNameKeys on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await store.db.execute(sql`delete from store_upgrades`)
    await store.db.execute(sql`insert into actors (id, name, kind, search_text, article_count) values
      ('person:ada-quill', 'Ada Quill', 'person', 'ada quill', 0),
      ('person:oren-vask-jr', 'Oren Vask Jr.', 'person', 'oren vask jr.', 1),
      ('person:mr-quill', 'Mr Quill', 'person', 'mr quill', 1)`)
    await store.db.execute(sql`insert into actor_identities (actor_id, canonical_id, name, kind, rule, reason) values
      ('person:ada-quill', 'person:ada-quill', 'Ada Quill', 'person', 'own', 'stored before identities'),
      ('person:oren-vask-jr', 'person:oren-vask-jr', 'Oren Vask Jr.', 'person', 'own', 'no single stored actor fits'),
      ('person:mr-quill', 'person:mr-quill', 'Mr Quill', 'person', 'own', 'no single stored actor fits')`)
    await store.db.execute(sql`insert into actor_name_keys (key, actor_id) values
      ('p:oren jr', 'person:oren-vask-jr'), ('s:jr', 'person:oren-vask-jr'), ('short:quill', 'person:mr-quill')`)
  })
  afterAll(() => dispose())

  it('runs every backfill once, records each, and then costs one query', async () => {
    const first = countingQueries(store)
    expect(await upgradeNameKeys(first.store)).toBe(2)
    const keys = await queryRows<{ id: string; key: string }>(
      store.db,
      sql`select actor_id as id, key from actor_name_keys where actor_id <> 'person:mr-quill' order by 1, 2`,
    )
    expect(keys.map(({ id, key }) => `${id} ${key}`)).toEqual([
      'person:ada-quill g:ada',
      'person:ada-quill p:ada quill',
      'person:ada-quill s:quill',
      'person:oren-vask-jr g:oren',
      'person:oren-vask-jr p:oren jr',
      'person:oren-vask-jr p:oren vask',
      'person:oren-vask-jr s:jr',
      'person:oren-vask-jr s:vask',
    ])
    const recorded = await queryRows<{ name: string }>(
      store.db,
      sql`select name from store_upgrades order by 1`,
    )
    expect(recorded.map(({ name }) => name)).toEqual(['generation-keys', 'given-name-keys', 'name-keys'])
    // The scans and the records: more than one query.
    expect(first.count()).toBeGreaterThan(3)
    // A titled lone surname ("Mr Quill") would be read again by each scan; the second run reads only the records.
    const second = countingQueries(store)
    expect(await upgradeNameKeys(second.store)).toBe(0)
    expect(second.count()).toBe(1)
  })

  it('runs a backfill again that was cut off before it was recorded', async () => {
    await store.db.execute(sql`delete from store_upgrades where name = 'given-name-keys'`)
    await store.db.execute(sql`delete from actor_name_keys where key = 'g:ada'`)
    const again = countingQueries(store)
    expect(await upgradeNameKeys(again.store)).toBe(1)
    expect(again.count()).toBeGreaterThan(1)
    const [row] = await queryRows<{ n: number }>(
      store.db,
      sql`select count(*)::int as n from actor_name_keys where key = 'g:ada'`,
    )
    expect(row?.n).toBe(1)
    expect(await upgradeNameKeys(store)).toBe(0)
  })
})
