// What a worker makes of a URL job (issue 16: "feed entries, URLs" queued, fetched by the worker): a feed becomes
// one job per entry, a page becomes its article, a failed fetch fails the job with the reason ingest gives. Served
// by a local test server: no other network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReadContext } from '../ingest-task.ts'
import { type Route, startWebServer, type WebServer } from '../testing/web-server.ts'
import type { QueueJob } from './queue-job.ts'
import { readJob } from './read-job.ts'

const context: ReadContext = { maxBytes: 1_000_000, timeoutSeconds: 5, stdin: async function* () {} }

const PAGE =
  '<html><head><title>Council delays the vote</title></head><body><nav>Home</nav><article>' +
  '<h1>Council delays the vote</h1><p>Rosa Diaz, the council leader, said the vote would wait a month.</p>' +
  '</article></body></html>'

let server: WebServer
/** A feed of two entries whose links are pages of the test server (its address is known once it listens). */
const feedOf =
  (type: string): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': type })
    response.end(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>' +
        `<item><title>First</title><link>${server.url('/story-1')}</link></item>` +
        `<item><title>Second</title><link>${server.url('/story-2')}</link></item></channel></rss>`,
    )
  }

beforeAll(async () => {
  server = await startWebServer({
    '/feed.rss': feedOf('application/rss+xml'),
    '/feed.xml': feedOf('text/xml; charset=utf-8'),
    '/story-1': { body: PAGE },
    '/story-2': { body: PAGE },
    '/page-as-text': { type: 'text/plain; charset=utf-8', body: PAGE },
    '/gone': { status: 404, body: 'no such page' },
  })
})
afterAll(() => server?.close())

const urlJob = (url: string): QueueJob => ({ kind: 'url', label: url, url })

describe('readJob of a URL', () => {
  it.each(['/feed.rss', '/feed.xml'])('makes a job of each entry of the feed at %s', async (path) => {
    const url = server.url(path)
    const content = await readJob(urlJob(url), context)
    expect(content.kind).toBe('jobs')
    const jobs = content.kind === 'jobs' ? content.jobs : []
    expect(jobs.map((job) => [job.kind, job.label])).toEqual([
      ['feed-item', server.url('/story-1')],
      ['feed-item', server.url('/story-2')],
    ])
  })

  it.each(['/story-1', '/page-as-text'])('reads the page at %s as one article, not a feed', async (path) => {
    const content = await readJob(urlJob(server.url(path)), context)
    expect(content.kind).toBe('article')
    expect(content.kind === 'article' && content.article.text).toContain(
      'Rosa Diaz, the council leader, said',
    )
  })

  it("reads a feed entry's job by fetching the page it links to", async () => {
    const content = await readJob(urlJob(server.url('/feed.rss')), context)
    const [entry] = content.kind === 'jobs' ? content.jobs : []
    const article = await readJob(entry as QueueJob, context)
    expect(article.kind === 'article' && article.article.text).toContain('the vote would wait a month')
  })

  it.each([
    ['a page that answers 404', () => server.url('/gone'), 'http-status'],
    // Port 1 is one that fetch refuses outright.
    ['a port nothing listens on', () => 'http://127.0.0.1:1/closed', 'network'],
  ])('fails the job of %s with %s, naming the URL', async (_name, urlOf, code) => {
    const url = urlOf()
    await expect(readJob(urlJob(url), context)).rejects.toMatchObject({ code, file: url })
  })
})
