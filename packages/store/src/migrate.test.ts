import { fileURLToPath } from 'node:url'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import type { Store } from './database.ts'
import { migrate } from './migrate.ts'
import { MIGRATIONS } from './migrations.generated.ts'

describe('bundled migrations', () => {
  it('match the SQL files in migrations/ (run `npm run db:generate` after changing the schema)', () => {
    const folder = fileURLToPath(new URL('../migrations', import.meta.url))
    const files = readMigrationFiles({ migrationsFolder: folder })
    expect(MIGRATIONS.map(({ hash, folderMillis, sql }) => ({ hash, folderMillis, sql }))).toEqual(
      files.map(({ hash, folderMillis, sql }) => ({ hash, folderMillis, sql })),
    )
  })
})

describe.each(testBackends())('migrate on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(async () => dispose?.())

  it('applies nothing twice, also when two migrations race', async () => {
    expect(await Promise.all([migrate(store.db, MIGRATIONS), migrate(store.db, MIGRATIONS)])).toEqual([0, 0])
  })
})
