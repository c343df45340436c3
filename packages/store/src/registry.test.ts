import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { generatedRegistry } from '../test/generated-registry.ts'
import { queryRows, type Store } from './database.ts'
import {
  importRegistry,
  type RegistryEntry,
  RegistryImportError,
  RegistrySchema,
  registryBatches,
} from './registry.ts'

/** A generated registry of `size` people, each with a name and an alias of their own. */
function registryOf(size: number): RegistryEntry[] {
  return RegistrySchema.parse(generatedRegistry(size))
}

describe('registryBatches', () => {
  const entry = (name: string, aliases: string[] = []) => ({ name, kind: 'person' as const, aliases })
  // A full name locks eight keys (n:, p:, and s:, g:, short: of its surname and of its given name), a lone name
  // four (n:, and short:, s:, g: of its word).
  it.each([
    ['none', [], 8, []],
    ['all in one batch', [entry('Ann Lee'), entry('Bo Tran')], 16, [[0, 2]]],
    [
      'a batch ends before the keys run over',
      [entry('Ann Lee'), entry('Bo Tran'), entry('Cy Wu')],
      16,
      [
        [0, 2],
        [2, 3],
      ],
    ],
    [
      'an alias counts',
      [entry('Ann Lee', ['Annie Lee']), entry('Bo Tran')],
      16,
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [
      'an entry over the bound is a batch of its own',
      [entry('Ann Lee', ['Annie Lee', 'A. Lee']), entry('Bo Tran')],
      4,
      [
        [0, 1],
        [1, 2],
      ],
    ],
  ] as const)('%s', (_name, entries, maxKeys, expected) => {
    const batches = registryBatches(entries, maxKeys)
    expect(batches.map(({ start, end }) => [start, end])).toEqual(expected)
  })

  it('covers a large registry in order, each batch within the bound', () => {
    const entries = registryOf(6_000)
    const batches = registryBatches(entries)
    expect(batches.length).toBeGreaterThan(1)
    expect(batches[0]?.start).toBe(0)
    expect(batches.at(-1)?.end).toBe(6_000)
    for (const [i, batch] of batches.entries()) {
      if (i > 0) expect(batch.start).toBe(batches[i - 1]?.end)
      expect(registryBatches(entries.slice(batch.start, batch.end))).toHaveLength(1)
    }
  })
})

describe.each(testBackends())('importRegistry of a large registry on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(() => dispose())

  it('stores every entry of 6,000 (more names than one transaction may lock)', async () => {
    const registry = registryOf(6_000)
    expect(new Set(registry.map((entry) => entry.name)).size).toBe(6_000)
    expect(await importRegistry(store, registry)).toEqual({ created: 6_000, updated: 0, joined: 0 })
    const rows = await queryRows<{ id: string; name: string; wikidata: string | null }>(
      store.db,
      sql`select id, name, wikidata from actors where registered order by id`,
    )
    const expected = registry
      .map(({ id, name, wikidata }) => ({ id, name, wikidata: wikidata ?? null }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    expect(rows).toEqual(expected)
    const [identities] = await queryRows<{ n: number }>(
      store.db,
      sql`select count(*)::int as n from actor_identities where rule = 'registry' and curated`,
    )
    expect(identities?.n).toBe(6_000)
  })

  it('names the entries of a batch that failed, having stored those before it; a second import finishes', async () => {
    const registry = registryOf(1_200).map((entry) => ({
      ...entry,
      id: entry.id.replace('reg', 'cut'),
    }))
    const [, second] = registryBatches(registry)
    // The second batch's transaction fails as a lost connection would.
    let calls = 0
    const failing = {
      ...store,
      db: {
        transaction: (run: Parameters<Store['db']['transaction']>[0]) =>
          ++calls === 2 ? Promise.reject(new Error('connection lost')) : store.db.transaction(run),
      },
    } as unknown as Store
    const error = await importRegistry(failing, registry).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RegistryImportError)
    expect(error).toMatchObject({ start: second?.start, end: second?.end, total: 1_200 })
    expect((error as Error).message).toBe(
      `registry entries ${(second?.start ?? 0) + 1}-${second?.end} of 1200 were not imported (connection lost); entries 1-${second?.start} are stored, importing the registry again finishes it`,
    )
    const [stored] = await queryRows<{ n: number }>(
      store.db,
      sql`select count(*)::int as n from actors where id like 'person:cut-%'`,
    )
    expect(stored?.n).toBe(second?.start)
    expect(await importRegistry(store, registry)).toEqual({
      created: 1_200 - (second?.start ?? 0),
      updated: second?.start,
      joined: 0,
    })
    expect(await importRegistry(store, registry)).toEqual({ created: 0, updated: 1_200, joined: 0 })
  })
})
