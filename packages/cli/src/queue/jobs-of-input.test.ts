import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReadContext } from '../ingest-task.ts'
import { fromBase64, jobsOfInput, toBase64 } from './jobs-of-input.ts'
import { readJob } from './read-job.ts'

const context: ReadContext = { maxBytes: 1_000_000, timeoutSeconds: 5, stdin: async function* () {} }

const ARTICLE =
  'Minister rejects the plan\n\nAnn Smith, the finance minister, said on Monday that it was a mistake.\n'
const PAGE =
  '<html><head><title>Mayor backs the bridge</title></head><body><nav>Home</nav><article>' +
  '<h1>Mayor backs the bridge</h1><p>Dan Lee, the mayor, said the new bridge would open next year.</p>' +
  '</article></body></html>'
const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>' +
  '<item><title>One</title><link>https://example.com/1</link></item>' +
  '<item><title>Two</title><link>https://example.com/2</link></item></channel></rss>'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'whosaid-jobs-'))
  await writeFile(join(dir, 'a.txt'), ARTICLE)
  await writeFile(join(dir, 'page.html'), PAGE)
  await writeFile(
    join(dir, 'batch.ndjson'),
    `${JSON.stringify({ text: ARTICLE, source: 'Wire' })}\nnot json\n`,
  )
  await writeFile(join(dir, 'world.rss'), FEED)
  await writeFile(join(dir, 'notfeed.xml'), '<html>no feed</html>')
  await writeFile(join(dir, 'binary.txt'), new Uint8Array([0x41, 0x00, 0x42]))
})

describe('jobsOfInput', () => {
  it('makes a job of a text or HTML file that carries its bytes', async () => {
    const { jobs } = await jobsOfInput(join(dir, 'a.txt'), context)
    expect(jobs).toEqual([
      { kind: 'text-file', label: join(dir, 'a.txt'), base64: toBase64(Buffer.from(ARTICLE)) },
    ])
    expect((await jobsOfInput(join(dir, 'page.html'), context)).jobs[0]?.kind).toBe('html-file')
  })

  it('makes a job of each good batch line and a failure of each bad one', async () => {
    const { jobs, failures } = await jobsOfInput(join(dir, 'batch.ndjson'), context)
    expect(jobs).toEqual([
      { kind: 'article', label: `${join(dir, 'batch.ndjson')}:1`, text: ARTICLE, meta: { source: 'Wire' } },
    ])
    expect(failures.map((failure) => [failure.code, failure.file])).toEqual([
      ['invalid-json', `${join(dir, 'batch.ndjson')}:2`],
    ])
  })

  it('makes a job of each feed entry, and of a URL as given', async () => {
    const { jobs } = await jobsOfInput(join(dir, 'world.rss'), context)
    expect(jobs.map((job) => [job.kind, job.label])).toEqual([
      ['feed-item', 'https://example.com/1'],
      ['feed-item', 'https://example.com/2'],
    ])
    const url = 'https://example.com/news/1'
    expect((await jobsOfInput(url, context)).jobs).toEqual([{ kind: 'url', label: url, url }])
  })

  it.each([
    ['notfeed.xml', 'not-a-feed'],
    ['missing.txt', 'not-found'],
  ])('refuses %s at once with %s', async (name, code) => {
    await expect(jobsOfInput(join(dir, name), context)).rejects.toMatchObject({ code, file: join(dir, name) })
  })
})

describe('readJob', () => {
  it('reads the article of a text file job, and of an HTML file job by extracting it', async () => {
    const [text] = (await jobsOfInput(join(dir, 'a.txt'), context)).jobs
    expect(await readJob(text as never, context)).toMatchObject({
      kind: 'article',
      article: { text: ARTICLE },
    })
    const [html] = (await jobsOfInput(join(dir, 'page.html'), context)).jobs
    const content = await readJob(html as never, context)
    expect(content).toMatchObject({ kind: 'article', article: { label: join(dir, 'page.html') } })
    expect(content.kind === 'article' && content.article.text).toContain('Dan Lee, the mayor, said')
  })

  it('fails a binary file job with the reason ingest gives', async () => {
    const [binary] = (await jobsOfInput(join(dir, 'binary.txt'), context)).jobs
    await expect(readJob(binary as never, context)).rejects.toMatchObject({
      code: 'binary',
      file: join(dir, 'binary.txt'),
    })
  })

  it('round-trips bytes through base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255])
    expect(fromBase64(toBase64(bytes))).toEqual(bytes)
  })
})
