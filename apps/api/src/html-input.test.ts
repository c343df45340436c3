// Pages sent to POST /v1/articles: extracted on the server, stored as the text core extracts.
import { extractArticleFromHtml } from '@whosaid/core'
import { openStore, type Store, StoredAnalysisSchema } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { isHtmlType } from './html-input.ts'

const TOKEN = 'test-token-0123456789'
const PAGE = `<!doctype html><html><head><title>Harbour plan divides council</title></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Harbour plan divides council</h1>
<p>"We cannot afford the harbour plan this year," Mayor Ruth Olsen told the council on Tuesday.</p>
<p>Councillor Anna Berg said the town could not wait another year for the new quay, and called the delay a mistake.</p>
</article></body></html>`
const OTHER_PAGE = PAGE.replace('on Tuesday', 'on Wednesday')
const EMPTY_PAGE = '<html><body><nav><a href="/">Home</a></nav><script>render()</script></body></html>'

describe('isHtmlType', () => {
  it.each([
    ['text/html', true],
    ['text/html; charset=utf-8', true],
    ['TEXT/HTML', true],
    ['application/json', false],
    ['text/htmlx', false],
    [undefined, false],
  ])('%s → %s', (type, expected) => {
    expect(isHtmlType(type)).toBe(expected)
  })
})

describe('POST /v1/articles with a page', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = createApp({ store, token: TOKEN, onInternalError: () => {} })
  })
  afterAll(() => store?.close())

  const post = (contentType: string, body: string) =>
    app.request('/v1/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': contentType },
      body,
    })

  it.each([
    { name: 'as text/html', type: 'text/html; charset=utf-8', page: PAGE, url: undefined },
    // Another page: the same text twice is one article, its metadata as first stored.
    {
      name: 'as JSON with a url',
      type: 'application/json',
      page: OTHER_PAGE,
      url: 'https://example.com/news/1',
    },
  ])('stores the text core extracts from a page sent $name', async ({ type, page, url }) => {
    const response = await post(type, url ? JSON.stringify({ html: page, url }) : page)
    expect(response.status).toBe(201)
    const stored = StoredAnalysisSchema.parse(await response.json())
    expect(stored.article.text).toBe(extractArticleFromHtml(page).text)
    expect(stored.article.text).not.toContain('Home')
    if (url) expect(stored.article.url).toBe(url)
  })

  it.each([
    { name: 'a page without article text', type: 'text/html', body: EMPTY_PAGE, status: 422 },
    { name: 'JSON with an empty page', type: 'application/json', body: '{"html":""}', status: 400 },
    {
      name: 'JSON with a url that is not http(s)',
      type: 'application/json',
      body: JSON.stringify({ html: PAGE, url: 'file:///etc/passwd' }),
      status: 400,
    },
    { name: 'another media type', type: 'text/plain', body: PAGE, status: 415 },
  ])('answers $name with $status problem+json', async ({ type, body, status }) => {
    const response = await post(type, body)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('refuses a page without the token', async () => {
    const response = await app.request('/v1/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'text/html' },
      body: PAGE,
    })
    expect(response.status).toBe(401)
  })
})
