import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Analysis } from '@whosaid/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../testing/run-cli.ts'
import { startWebServer, type WebServer } from '../testing/web-server.ts'

/** An article page with the furniture that extraction leaves out. */
const page = (title: string, byline: string, date: string, paragraphs: string[]) => `<!doctype html>
<html><head><title>${title} | The Daily Test</title>
<meta property="og:title" content="${title}"><meta name="author" content="${byline}">
<meta property="article:published_time" content="${date}"><meta property="og:site_name" content="The Daily Test">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article>
<aside>Related: <a href="/other">Another story</a></aside><footer>Leave a comment</footer></body></html>`

const pages = {
  a: page('Minister rejects the plan', 'Bo Writer', '2024-05-01T10:00:00Z', [
    'Ann Smith, the finance minister, said on Monday that the plan was a mistake.',
    '"We will not accept it," she told reporters.',
  ]),
  b: page('Mayor backs the bridge', 'Cy Reporter', '2024-05-03T09:30:00Z', [
    'Dan Lee, the mayor, said the new bridge would open next year.',
  ]),
  // States no date: its feed entry's date is the one stored.
  c: page('Union warns of strike', 'Di Author', '', [
    'The union said on Friday that its members would strike if talks failed.',
  ]),
  saved: page('Court delays ruling', 'Ed Clerk', '2024-05-05T15:00:00Z', [
    'The court said it needed more time to weigh the evidence.',
  ]),
}

// Long enough (over 500 characters besides the title) to count as the full article: its link is not fetched.
const fullContent = [
  'Eve Park, the health minister, said on Tuesday that hospitals would get more staff this winter.',
  '"We have listened to the nurses and we will act," she told a news conference in the capital.',
  'The opposition said the promise came too late and called the plan a gimmick.',
  'Officials said the money would come from savings in other departments.',
  'Unions welcomed the news but said they would watch closely how the staff were hired.',
  'The ministry said details would follow next month, after talks with the regional health boards.',
  'A spokesman for the nurses said the new posts should be filled before the first cold weeks.',
]
  .map((sentence) => `<p>${sentence}</p>`)
  .join('')

let server: WebServer
const url = (path: string) => server.url(path)

const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Feed</title>
<item><title>Minister rejects the plan</title><link>${url('/page-a')}</link>
<pubDate>Wed, 01 May 2024 11:00:00 GMT</pubDate><description>A teaser.</description></item>
<item><title>Gone story</title><link>${url('/missing')}</link></item>
<item><title>Hospitals get staff</title><link>${url('/never')}</link>
<content:encoded><![CDATA[${fullContent}]]></content:encoded></item>
</channel></rss>`

const atom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Atom</title>
<entry><title>Union warns of strike</title><link href="${url('/page-c')}"/><updated>2024-05-04T13:00:00Z</updated></entry>
<entry><title>Farmers protest</title><summary>Farmers said prices were too low to live on.</summary></entry>
</feed>`

const ndjson = [
  JSON.stringify({
    text: 'Rail strike ends\n\nThe rail union said the strike would end on Sunday.',
    url: 'https://example.com/news/rail',
    publishedAt: 'Thu, 02 May 2024 08:00:00 GMT',
    source: 'Wire',
  }),
  'not json',
  JSON.stringify({ text: '   ' }),
  '',
  JSON.stringify({ text: 'Port reopens\n\nThe port authority said ships could dock again.' }),
].join('\n')

const dir = mkdtempSync(join(tmpdir(), 'whosaid-ingest-'))
const inputs = join(dir, 'inputs')
const data = join(dir, 'data')

beforeAll(async () => {
  server = await startWebServer({
    // The feeds link pages of this server, whose port is known only once it listens.
    '/feed': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
      response.end(rss())
    },
    '/atom': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' })
      response.end(atom())
    },
    '/page-a': { body: pages.a },
    '/page-b': { body: pages.b },
    '/page-c': { body: pages.c },
    '/never': { status: 500, body: 'the feed had the full text' },
    '/menu': { body: '<html><body><nav><a href="/">Home</a></nav></body></html>' },
    '/big': { body: `<p>${'x'.repeat(5000)}</p>` },
    '/slow': () => {},
  })
  mkdirSync(inputs)
  writeFileSync(join(inputs, 'plain.txt'), 'Budget passes\n\nThe speaker said the budget had passed.')
  writeFileSync(join(inputs, 'saved.html'), pages.saved)
  writeFileSync(join(inputs, 'batch.ndjson'), ndjson)
  writeFileSync(join(inputs, 'local.rss'), rss())
  writeFileSync(join(inputs, 'local.atom'), atom())
  writeFileSync(join(inputs, 'broken.xml'), '<html><body>Not a feed</body></html>')
  writeFileSync(join(inputs, 'ignored.png'), 'not an input')
})

afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Every stored article, by url (or title when it has none). */
async function stored(): Promise<Map<string, Analysis['article']>> {
  const { stdout } = await runCli(['export', '--data', data, '--format', 'ndjson'])
  const articles = stdout
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as Analysis).article)
  return new Map(articles.map((article) => [article.url ?? article.title ?? article.id, article]))
}

describe('whosaid ingest', () => {
  let first: Awaited<ReturnType<typeof runCli>>
  beforeAll(async () => {
    first = await runCli([
      'ingest',
      '--data',
      data,
      '--timeout',
      '2',
      '--max-bytes',
      '4000',
      '--concurrency',
      '3',
      inputs,
      url('/feed'),
      url('/atom'),
      url('/page-b'),
      url('/menu'),
      url('/slow'),
      url('/big'),
      'ftp://example.com/feed.xml',
      join(dir, 'missing.txt'),
    ])
  })

  it.each([
    [`${join(inputs, 'batch.ndjson')}:2: Unexpected token`],
    [`${join(inputs, 'batch.ndjson')}:3: text: text is empty`],
    [`${join(inputs, 'broken.xml')}: not an RSS or Atom feed: its root element is <html>`],
    [`http://127.0.0.1:PORT/missing: HTTP 404 Not Found`],
    [`http://127.0.0.1:PORT/menu: has no article text`],
    [`http://127.0.0.1:PORT/slow: timed out after 2 s (see --timeout)`],
    [`http://127.0.0.1:PORT/big: is larger than the limit of 4000 bytes (see --max-bytes)`],
    ['ftp://example.com/feed.xml: only http and https URLs can be fetched, not ftp:'],
    [`${join(dir, 'missing.txt')}: no such file`],
  ])('reports one line for a failed item: %s', (line) => {
    const expected = `whosaid: ${line.replace('http://127.0.0.1:PORT', url(''))}`
    expect(first.stderr.split('\n').filter((got) => got.startsWith(expected))).toHaveLength(
      // The feed file and the feed URL both link the missing page.
      line.startsWith('http://127.0.0.1:PORT/missing') ? 2 : 1,
    )
  })

  it('goes on past failures, exits 1 and prints a summary line', () => {
    expect(first.code).toBe(1)
    expect(first.stderr.trimEnd().split('\n')).toHaveLength(10)
    expect(first.stderr).not.toMatch(/\n\s+at /)
    expect(first.stdout).toMatch(
      /^ingested 23 article\(s\): 9 new, 4 already stored, 10 failed in \d+\.\d s \(\d+\.\d articles\/s\)\n$/,
    )
  })

  it('takes a feed entry with its full text from the feed, without fetching its link', () => {
    expect(server.requests).not.toContain('/never')
  })

  it.each([
    ['/page-a', 'Minister rejects the plan', 'Bo Writer', '2024-05-01T10:00:00Z', 'The Daily Test'],
    ['/page-b', 'Mayor backs the bridge', 'Cy Reporter', '2024-05-03T09:30:00Z', 'The Daily Test'],
    ['/page-c', 'Union warns of strike', 'Di Author', '2024-05-04T13:00:00Z', 'The Daily Test'],
    ['/never', 'Hospitals get staff', undefined, undefined, 'Test Feed'],
    ['https://example.com/news/rail', 'Rail strike ends', undefined, '2024-05-02T08:00:00Z', 'Wire'],
    ['Court delays ruling', 'Court delays ruling', 'Ed Clerk', '2024-05-05T15:00:00Z', 'The Daily Test'],
    ['Farmers protest', 'Farmers protest', undefined, undefined, 'Test Atom'],
    ['Port reopens', 'Port reopens', undefined, undefined, undefined],
    ['Budget passes', 'Budget passes', undefined, undefined, undefined],
  ])('stores %s with its title, byline, date and source', async (key, title, byline, publishedAt, source) => {
    const articles = await stored()
    const article = articles.get(key.startsWith('/') ? url(key) : key)
    expect(article).toBeDefined()
    expect({
      title: article?.title,
      byline: article?.byline,
      publishedAt: article?.publishedAt,
      source: article?.source,
    }).toEqual({ title, byline, publishedAt, source })
  })

  it('stores the extracted text, without navigation, asides or footers', async () => {
    const article = (await stored()).get(url('/page-a'))
    expect(article?.text).toBe(
      'Minister rejects the plan\n\n' +
        'Ann Smith, the finance minister, said on Monday that the plan was a mistake.\n\n' +
        '"We will not accept it," she told reporters.',
    )
  })

  it('is idempotent, and prints the summary as JSON with --json', async () => {
    const again = await runCli(['ingest', '--data', data, '--json', inputs])
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('')
    const report = JSON.parse(again.stdout)
    expect(report).toMatchObject({ total: 12, created: 0, existing: 8, failed: 4 })
    expect(report.failures).toContainEqual({
      code: 'invalid-item',
      message: 'text: text is empty',
      file: `${join(inputs, 'batch.ndjson')}:3`,
    })
  })
})

describe('whosaid ingest on a terminal', () => {
  it('draws a progress bar on standard error, keeps failure lines whole, and still prints the summary', async () => {
    const result = await runCli(
      ['ingest', '--data', join(dir, 'tty'), join(inputs, 'plain.txt'), 'nope.txt'],
      {
        isTTY: true,
      },
    )
    expect(result.stderr).toContain('\r\u001b[Kwhosaid: nope.txt: no such file\n')
    expect(result.stderr).toMatch(/\r█+ 2\/2 \d+\.\d\/s ETA 0s/)
    expect(result.stdout).toMatch(/^ingested 2 article\(s\): 1 new, 0 already stored, 1 failed/)
  })
})

describe('whosaid ingest usage', () => {
  it.each([
    [['ingest'], 'ingest needs at least one FILE, DIR or URL'],
    [['ingest', '--timeout', '0', 'a.txt'], '--timeout takes a number of seconds above 0'],
    [['ingest', '--max-bytes', 'big', 'a.txt'], '--max-bytes takes a positive whole number'],
    [['ingest', '--concurrency', '100', 'a.txt'], '--concurrency takes a whole number from 1 to 64'],
    [['ingest', '--db', 'mysql://x', 'a.txt'], '--db takes a PostgreSQL URL'],
  ])('%j is a usage error', async (argv, message) => {
    const result = await runCli(argv)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })
})
