import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAnalysis } from '../test/fixtures.ts'
import { canonicalActorId } from './identity.ts'
import { ingestArticle } from './ingest.ts'
import { openStore } from './open-store.ts'
import { countArticles } from './queries/articles.ts'
import { findInconsistencies } from './queries/integrity.ts'
import { toRows } from './rows.ts'
import { settleIdentities } from './settle-identities.ts'

describe('openStore with a data folder', () => {
  let dataDir = ''
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'whosaid-store-'))
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('persists articles across close and reopen, and keeps a second opener out while open', async () => {
    const store = await openStore({ dataDir })
    expect(store.backend).toBe('pglite')
    await ingestArticle(store, 'Kept\n\nThis article must survive a restart.')
    await expect(openStore({ dataDir })).rejects.toMatchObject({ code: 'locked' })
    await store.close()
    const again = await openStore({ dataDir })
    expect(await countArticles(again)).toBe(1)
    await again.close()
  })

  it('removes on open the actors an ingest cut off between its two transactions left', async () => {
    const store = await openStore({ dataDir })
    const analysis = makeAnalysis('Cy Moss said the pier is shut.', {
      actors: [{ id: 'person:cy-moss', kind: 'person', names: ['Cy Moss'] }],
    })
    // Only the first transaction, as when the process dies before the article is written.
    await settleIdentities(store, toRows(analysis, new Date('2024-05-02T00:00:00Z')))
    expect(await findInconsistencies(store)).toEqual([{ table: 'orphans', id: 'person:cy-moss' }])
    await store.close()
    const untouched = await openStore({ dataDir, sweep: false })
    expect(await findInconsistencies(untouched)).toEqual([{ table: 'orphans', id: 'person:cy-moss' }])
    await untouched.close()
    const again = await openStore({ dataDir })
    expect(await findInconsistencies(again)).toEqual([])
    expect(await canonicalActorId(again, 'person:cy-moss')).toBeNull()
    await again.close()
  })
})
