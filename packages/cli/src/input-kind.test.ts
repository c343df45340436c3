import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { inputKindOf } from './input-kind.ts'
import { listInputs } from './list-inputs.ts'

describe('inputKindOf', () => {
  it.each([
    ['article.txt', 'text'],
    ['notes.md', 'text'],
    ['-', 'text'],
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['batch.ndjson', 'ndjson'],
    ['batch.jsonl', 'ndjson'],
    ['world.xml', 'feed'],
    ['world.rss', 'feed'],
    ['world.atom', 'feed'],
    ['https://example.com/news/1', 'url'],
    ['HTTP://example.com/feed.xml', 'url'],
    ['ftp://example.com/a.txt', 'url'],
    ['C:\\news\\a.txt', 'text'],
  ])('%s is %s', (input, kind) => {
    expect(inputKindOf(input)).toBe(kind)
  })
})

describe('listInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-inputs-'))
  for (const name of ['b.txt', 'a.html', 'c.ndjson', 'd.rss', 'notes.md', 'image.png']) {
    writeFileSync(join(dir, name), 'x')
  }
  mkdirSync(join(dir, 'sub.txt'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each([
    [[dir], ['a.html', 'b.txt', 'c.ndjson', 'd.rss'].map((name) => join(dir, name))],
    [[join(dir, 'notes.md')], [join(dir, 'notes.md')]],
    [
      ['missing.txt', 'https://example.com/rss'],
      ['missing.txt', 'https://example.com/rss'],
    ],
  ])('expands %j', async (paths, inputs) => {
    expect(await listInputs(paths)).toEqual(inputs)
  })
})
