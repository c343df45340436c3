import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type IngestProgress, ingestFiles, listTextFiles } from './ingest-files.ts'
import { openStore } from './open-store.ts'
import { countArticles } from './queries/articles.ts'

describe('ingestFiles', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'whosaid-files-'))
    writeFileSync(join(dir, 'b.txt'), 'Second\n\nThe second article.')
    writeFileSync(join(dir, 'a.txt'), 'First\n\nThe first article.')
    writeFileSync(join(dir, 'notes.md'), 'not an article')
    mkdirSync(join(dir, 'nested'))
    writeFileSync(join(dir, 'nested', 'c.txt'), 'Nested\n\nNot picked up from the folder.')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('lists a folder’s .txt files in order, and single files as given', async () => {
    expect(await listTextFiles([dir, join(dir, 'nested', 'c.txt')])).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
      join(dir, 'nested', 'c.txt'),
    ])
  })

  it('ingests with progress, reports a failing file without stopping, and skips what is stored', async () => {
    const store = await openStore({ dataDir: ':memory:' })
    try {
      const files = [...(await listTextFiles([dir])), join(dir, 'missing.txt')]
      const progress: IngestProgress[] = []
      const summary = await ingestFiles(store, files, { concurrency: 2, onProgress: (p) => progress.push(p) })
      expect(summary).toMatchObject({ total: 3, created: 2, existing: 0 })
      expect(summary.failures).toEqual([
        { file: join(dir, 'missing.txt'), message: expect.stringContaining('ENOENT') },
      ])
      expect(progress.map((p) => p.done)).toEqual([1, 2, 3])
      expect(progress.at(-1)).toMatchObject({ total: 3, created: 2, failed: 1 })
      expect(await ingestFiles(store, files.slice(0, 2))).toMatchObject({ created: 0, existing: 2 })
      expect(await countArticles(store)).toBe(2)
    } finally {
      await store.close()
    }
  })
})
