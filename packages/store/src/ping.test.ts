import { describe, expect, it } from 'vitest'
import { BUSY_ANSWERS_MS, type Database, ping, type Store } from './database.ts'

/** A store whose database only counts the queries it is asked, busy since `since` (undefined: idle or not telling). */
function countingStore(since: number | undefined, tells = true): { store: Store; asked: () => number } {
  let asked = 0
  const db = {
    execute: async () => {
      asked++
      return []
    },
  } as unknown as Database
  const store: Store = {
    backend: 'pglite',
    db,
    queryBytes: async () => [],
    close: async () => {},
    ...(tells ? { busySince: () => since } : {}),
  }
  return { store, asked: () => asked }
}

describe('ping', () => {
  const now = 1_000_000
  it.each([
    { name: 'a store that does not tell', since: undefined, tells: false, asks: 1 },
    { name: 'an idle embedded database', since: undefined, tells: true, asks: 1 },
    { name: 'one busy for a second', since: now - 1_000, tells: true, asks: 0 },
    { name: 'one busy just under the limit', since: now - BUSY_ANSWERS_MS + 1, tells: true, asks: 0 },
    { name: 'one busy for the whole limit', since: now - BUSY_ANSWERS_MS, tells: true, asks: 1 },
    { name: 'one busy for ten minutes', since: now - 600_000, tells: true, asks: 1 },
  ])('asks $name $asks time(s)', async ({ since, tells, asks }) => {
    const { store, asked } = countingStore(since, tells)
    await ping(store, now)
    expect(asked()).toBe(asks)
  })
})
