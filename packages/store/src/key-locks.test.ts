import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { queryRows, type Store } from './database.ts'
import { errorChain } from './error-chain.ts'
import { inKeyOrder, type KeyLock, lockKeys } from './key-locks.ts'

/** The keys sorted by their lock numbers (hashtext), as the lock statements take them. */
async function byLockNumber(store: Store, keys: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    store.db,
    sql`select k as key from unnest(${`{${keys.join(',')}}`}::text[]) as k order by hashtext(k)`,
  )
  return rows.map(({ key }) => key)
}

/** Resolves once some transaction waits for an advisory lock (asked on a connection of its own). */
async function someoneWaits(store: Store): Promise<void> {
  for (;;) {
    const [row] = await queryRows<{ n: number }>(
      store.db,
      sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted`,
    )
    if ((row?.n ?? 0) > 0) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const exclusive = (key: string): KeyLock => ({ key, shared: false })

describe.each(testBackends())('name key locks on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(async () => dispose?.())

  it.each([
    { what: 'a key wanted late that no one holds', late: [exclusive('n:late-one')] },
    { what: 'a key held already', late: [exclusive('n:early-one')] },
    { what: 'a held key wanted shared', late: [{ key: 'n:early-one', shared: true }] },
  ])('takes $what without running the transaction again', async ({ late }) => {
    let runs = 0
    await inKeyOrder(store, async (tx) => {
      runs++
      await lockKeys(tx, [exclusive('n:early-one')])
      await lockKeys(tx, late)
    })
    expect(runs).toBe(1)
  })

  it.runIf(backend.name === 'postgres')(
    'never waits for a key below one it holds: it runs again with both first, where it deadlocked',
    async () => {
      const [low = '', high = ''] = await byLockNumber(store, ['n:ana-pereira', 'n:rui-costa'])
      let runs = 0
      let holdsHigh: () => void = () => {}
      const highHeld = new Promise<void>((resolve) => {
        holdsHigh = resolve
      })
      // The first takes the higher key, and the lower one only once the second holds it and waits for the higher.
      const first = inKeyOrder(store, async (tx) => {
        runs++
        await lockKeys(tx, [exclusive(high)])
        if (runs === 1) {
          holdsHigh()
          await someoneWaits(store)
        }
        await lockKeys(tx, [exclusive(low)])
        return 'first'
      })
      await highHeld
      const second = store.db.transaction(async (tx) => {
        await lockKeys(tx, [exclusive(low), exclusive(high)])
        return 'second'
      })
      const settled = await Promise.allSettled([first, second])
      // A deadlock's real reason, should one happen, rather than a bare "rejected".
      expect(settled.map((one) => (one.status === 'fulfilled' ? one.value : errorChain(one.reason)))).toEqual(
        ['first', 'second'],
      )
      expect(runs).toBe(2)
    },
  )
})
