import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAnalysis } from '../test/fixtures.ts'
import type { Store } from './database.ts'
import { ensureRoom, RESERVED_BYTES, roomNeeded } from './disk-space.ts'
import { ingestArticle, storeAnalysis } from './ingest.ts'
import { openStore } from './open-store.ts'
import { countArticles } from './queries/articles.ts'

const MB = 1024 * 1024

describe('ensureRoom', () => {
  it.each([
    { free: 10 * MB, length: 100, refused: true },
    { free: RESERVED_BYTES - 1, length: 0, refused: true },
    { free: RESERVED_BYTES, length: 0, refused: false },
    { free: roomNeeded(1_000_000) - 1, length: 1_000_000, refused: true },
    { free: roomNeeded(1_000_000), length: 1_000_000, refused: false },
    { free: 50_000 * MB, length: 10_000_000, refused: false },
  ])('$free bytes free, a text of $length: refused $refused', async ({ free, length, refused }) => {
    const store = { freeBytes: async () => free } as unknown as Store
    const check = ensureRoom(store, length)
    if (refused) await expect(check).rejects.toMatchObject({ name: 'StoreError', code: 'disk-full' })
    else await expect(check).resolves.toBeUndefined()
  })

  it('never refuses a store that cannot tell its free space (PostgreSQL, memory)', async () => {
    await expect(ensureRoom({} as Store, 10_000_000)).resolves.toBeUndefined()
  })
})

// A simulated full disk (the real one is in the API's end-to-end suite, on a small tmpfs).
describe('storing on a store whose disk is nearly full', () => {
  let store: Store
  let free = 0
  beforeAll(async () => {
    const memory = await openStore({ dataDir: ':memory:' })
    store = { ...memory, freeBytes: async () => free }
  })
  afterAll(() => store.close())

  it('refuses the write, stores nothing, and stores it once there is room', async () => {
    const analysis = makeAnalysis('Ana Pereira said the Harbor Council would approve the plan.')
    free = 20 * MB
    await expect(storeAnalysis(store, analysis)).rejects.toMatchObject({ code: 'disk-full' })
    await expect(ingestArticle(store, `${analysis.article.text} Again.`)).rejects.toMatchObject({
      code: 'disk-full',
    })
    expect(await countArticles(store)).toBe(0)
    free = 10_000 * MB
    expect((await storeAnalysis(store, analysis)).created).toBe(true)
    // An article already stored is answered without a write, however full the disk.
    free = 0
    expect((await ingestArticle(store, analysis.article.text)).created).toBe(false)
    expect(await countArticles(store)).toBe(1)
  })
})
