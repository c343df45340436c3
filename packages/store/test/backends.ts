// The two backends every store test runs against, each opened fresh and empty.
import { inject } from 'vitest'
import type { Store } from '../src/database.ts'
import { openStore } from '../src/open-store.ts'
import { createTestDatabase } from './cluster.ts'

/** A way to open an empty, migrated store, and to clean up after it. */
export type Backend = {
  name: 'pglite' | 'postgres'
  /** `maxConnections`: PostgreSQL's pool size (the store's default when not given). */
  open(options?: { maxConnections?: number }): Promise<{ store: Store; dispose(): Promise<void> }>
}

/** PGlite in memory, and PostgreSQL in a throwaway database when the run has one. */
export function testBackends(): Backend[] {
  const backends: Backend[] = [
    {
      name: 'pglite',
      open: async () => {
        const store = await openStore({ dataDir: ':memory:' })
        return { store, dispose: () => store.close() }
      },
    },
  ]
  const adminUrl = inject('databaseUrl')
  if (adminUrl) {
    backends.push({
      name: 'postgres',
      open: async (options = {}) => {
        const database = await createTestDatabase(adminUrl)
        const store = await openStore({ databaseUrl: database.url, maxConnections: options.maxConnections })
        return {
          store,
          dispose: async () => {
            await store.close()
            await database.drop()
          },
        }
      },
    })
  }
  return backends
}
