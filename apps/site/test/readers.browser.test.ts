// The site facing many readers at once, with the real API behind it (issue 18, items 9 and 12): a reader going
// fast uses up its own share of the site's and of the API's rate limits, never another reader's; and the page's
// absolute URLs come from the configured origin, never from the Host header a client sends.
// Readers are told apart by their address: each one here connects from its own loopback address (127.0.0.x).
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { startApi, startSite, stopProcess } from '../scripts/processes.ts'

/** Pages one reader may ask for per minute at the site under test. */
const SITE_LIMIT = 6
/** API calls per client per minute at the API under test: fewer than one fast reader's pages make. */
const API_LIMIT = 10
const ORIGIN = 'https://whosaid.example'

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** GETs a URL from the reader at `from` (a loopback address), with extra headers. */
function get(url: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { localAddress: from, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
      })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    sent.on('error', reject)
    sent.end()
  })
}

/** The JSON-LD `@id`s of a page. */
function jsonLdIds(html: string): string[] {
  return [...html.matchAll(/"@id":"([^"]*)"/g)].map((match) => match[1] ?? '')
}

describe('many readers', () => {
  let dataDir = ''
  const started: ChildProcess[] = []
  let apiUrl = ''
  let siteUrl = ''
  let articleId = ''

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'whosaid-readers-'))
    const api = await startApi(dataDir, randomBytes(24).toString('hex'), {
      WHOSAID_RATE_LIMIT: String(API_LIMIT),
      WHOSAID_TRUSTED_PROXIES: '127.0.0.1',
    })
    started.push(api.process)
    apiUrl = api.url
    const site = await startSite(api.url, { SITE_RATE_LIMIT: String(SITE_LIMIT), SITE_URL: ORIGIN })
    started.push(site.process)
    siteUrl = site.url
    const page = JSON.parse((await get(`${apiUrl}/v1/articles?limit=1`, '127.0.0.9')).body) as {
      items: { id: string }[]
    }
    articleId = page.items[0]?.id ?? ''
    expect(articleId).toMatch(/^a_/)
  })
  afterAll(async () => {
    for (const child of started.reverse()) await stopProcess(child)
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  test('a reader going fast gets 429 from the site, and other readers still get their pages', async () => {
    const fast: number[] = []
    for (let i = 0; i < SITE_LIMIT + 4; i++) fast.push((await get(`${siteUrl}/`, '127.0.0.2')).status)
    // The home page makes several API calls: the fast reader also uses up its own share at the API (502).
    expect(fast.slice(SITE_LIMIT)).toEqual([429, 429, 429, 429])
    const refused = await get(`${siteUrl}/statements`, '127.0.0.2')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    for (const path of ['/', '/statements', `/articles/${articleId}`]) {
      expect((await get(`${siteUrl}${path}`, '127.0.0.3')).status, path).toBe(200)
    }
    expect((await get(`${siteUrl}/`, '127.0.0.4')).status).toBe(200)
  })

  test.each([
    { name: 'an address over 16 KB', path: `/search?q=${'a'.repeat(17_000)}`, status: 431 },
    { name: 'an address of 64 KB', path: `/statements?q=${'b'.repeat(65_536)}`, status: 431 },
  ])('answers $name with a $status page', async ({ path, status }) => {
    const page = await get(`${siteUrl}${path}`, '127.0.0.7')
    expect(page.status).toBe(status)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('shorten the address')
  })

  test('JSON-LD ids start with SITE_URL, whatever Host the request names', async () => {
    const page = await get(`${siteUrl}/articles/${articleId}`, '127.0.0.5', { Host: 'evil.example' })
    expect(page.status).toBe(200)
    const ids = jsonLdIds(page.body)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(id.startsWith(`${ORIGIN}/`), id).toBe(true)
    expect(page.body).not.toContain('evil.example')
  })

  test('without SITE_URL, JSON-LD ids start with the address the site listens on', async () => {
    const suiteSite = inject('siteUrl')
    const suiteApi = createIdSource(inject('apiUrl'))
    const id = await suiteApi()
    const page = await get(`${suiteSite}/articles/${id}`, '127.0.0.6', { Host: 'evil.example:666' })
    expect(page.status).toBe(200)
    const ids = jsonLdIds(page.body)
    expect(ids.length).toBeGreaterThan(0)
    for (const ldId of ids) expect(ldId.startsWith(`${suiteSite}/`), ldId).toBe(true)
  })
})

/** The id of an article the suite's API holds. */
function createIdSource(api: string): () => Promise<string> {
  return async () => {
    const page = JSON.parse((await get(`${api}/v1/articles?limit=1`, '127.0.0.1')).body) as {
      items: { id: string }[]
    }
    return page.items[0]?.id ?? ''
  }
}
