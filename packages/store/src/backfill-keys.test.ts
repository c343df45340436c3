import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import { backfillNameKeys } from './backfill-keys.ts'
import { queryRows, type Store } from './database.ts'
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
    expect(keys.map(({ key }) => key)).toEqual(['p:mark meadows', 's:meadows'])
    await storeAnalysis(
      store,
      makeAnalysis('Meadows said the memo stands.', {
        actors: [{ id: 'person:meadows', kind: 'person', names: ['Meadows'] }],
      }),
    )
    expect(await canonicalActorId(store, 'person:meadows')).toBe('person:mark-meadows')
  })
})
