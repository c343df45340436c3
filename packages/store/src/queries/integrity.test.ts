import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../../test/backends.ts'
import { makeAnalysis, RUSSIA, RYABKOV, USA } from '../../test/fixtures.ts'
import type { Store } from '../database.ts'
import { storeAnalysis } from '../ingest.ts'
import { findInconsistencies } from './integrity.ts'

describe.each(testBackends())('findInconsistencies on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await storeAnalysis(
      store,
      makeAnalysis('Russia and the United States met, Sergei Ryabkov said.', {
        actors: [RUSSIA, USA, RYABKOV],
        statements: [
          {
            speaker: RYABKOV.id,
            content: 'Russia and the United States met',
            target: USA.id,
            polarity: 'neutral',
          },
        ],
      }),
    )
  })
  afterAll(async () => dispose?.())

  it('finds nothing after clean ingests', async () => {
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('finds a statement whose terms went missing', async () => {
    await store.db.execute(sql`delete from statement_terms where lexeme = 'met'`)
    expect(await findInconsistencies(store)).toEqual([
      { table: 'statements', id: expect.stringMatching(/^a_\w+\/s_/) },
    ])
    await store.db.execute(sql`delete from statement_terms`)
    await store.db.execute(
      sql`insert into statement_terms select unnest(tsvector_to_array(search)), dated_at, article_id, ordinal
        from statements`,
    )
    expect(await findInconsistencies(store)).toEqual([])
  })

  it('finds an article, an actor and a stance whose rows went missing', async () => {
    await store.db.execute(sql`delete from statements`)
    expect(await findInconsistencies(store)).toEqual([
      { table: 'actors', id: RYABKOV.id },
      { table: 'articles', id: expect.stringMatching(/^a_/) },
      { table: 'stances', id: `${RYABKOV.id} ${USA.id} neutral` },
    ])
  })
})
