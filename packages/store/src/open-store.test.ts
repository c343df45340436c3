import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestArticle } from './ingest.ts'
import { openStore } from './open-store.ts'
import { countArticles } from './queries/articles.ts'

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
})
