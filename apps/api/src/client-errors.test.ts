// Requests that once reached the database and failed there (a 500), on PGlite and PostgreSQL: each is now a 400
// naming the field, or the answer a reader would expect. Issue 18, items 5, 6, 7, 10 and 13.
import { AnalysisSchema } from '@whosaid/core'
import {
  ArticleSummarySchema,
  pageSchema,
  SearchResultSchema,
  StatementViewSchema,
  StoredAnalysisSchema,
} from '@whosaid/store'
import { testBackends } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { ProblemSchema } from './errors.ts'

const TOKEN = 'test-token-0123456789'
const AUTH = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }
const TEXT =
  'Harbor vote\n\nLISBON — Ana Pereira, the mayor, said on Monday that the council would approve the plan.'

describe.each(testBackends())('client errors over $name', (backend) => {
  let opened: Awaited<ReturnType<(typeof backend)['open']>>
  let app: ReturnType<typeof createApp>
  const internal: unknown[] = []
  let serial = 0
  const post = (path: string, body: Record<string, unknown>) =>
    app.request(path, { method: 'POST', headers: AUTH, body: JSON.stringify(body) })
  /** A text no other case posts, so that each case stores a new article. */
  const freshText = () => `${TEXT} Case ${++serial}.`

  beforeAll(async () => {
    opened = await backend.open()
    app = createApp({ store: opened.store, token: TOKEN, onInternalError: (error) => internal.push(error) })
    const first = await post('/v1/articles', { text: TEXT, publishedAt: '2024-03-01T09:00:00Z' })
    expect(first.status).toBe(201)
  })
  afterAll(async () => {
    await opened?.dispose()
    // No case may have become a 500.
    expect(internal).toEqual([])
  })

  /** Expects a 400 problem whose issues name `field`. */
  async function expectFieldProblem(response: Response, field: string) {
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = ProblemSchema.parse(await response.json())
    expect(problem.code).toBe('invalid-request')
    expect(problem.issues?.map((issue) => issue.path[0])).toContain(field)
  }

  describe.each(['/v1/articles', '/v1/analyze'])('POST %s', (path) => {
    it.each([
      { field: 'source', value: 'Wire \uD800' },
      { field: 'source', value: '\uDC00 Wire' },
      { field: 'byline', value: 'By Ana \uDE00' },
      { field: 'url', value: 'https://example.org/\uD83D' },
      { field: 'publishedAt', value: '0001-01-01T00:00:00+14:00' },
      { field: 'publishedAt', value: '9999-12-31T23:59:59-14:00' },
      { field: 'publishedAt', value: '0000-01-01T00:00:00Z' },
      { field: 'url', value: 'javascript:alert(document.cookie)' },
      { field: 'url', value: 'JavaScript:alert(1)' },
      { field: 'url', value: 'data:text/html,<script>alert(1)</script>' },
      { field: 'url', value: 'ftp://example.org/article' },
    ])('answers $field $value with 400 naming it', async ({ field, value }) => {
      await expectFieldProblem(await post(path, { text: freshText(), [field]: value }), field)
    })
  })

  it.each([
    { field: 'publishedAt', value: '0001-01-01T00:00:00Z' },
    { field: 'publishedAt', value: '0001-01-01T00:00:00-10:00' },
    { field: 'publishedAt', value: '9999-12-31T23:59:59.999Z' },
    { field: 'source', value: 'Wire \uD83D\uDE00' },
    { field: 'url', value: 'HTTPS://EXAMPLE.ORG/news/1' },
  ])('stores $field $value, at the ends of what is allowed', async ({ field, value }) => {
    const response = await post('/v1/articles', { text: freshText(), [field]: value })
    expect(response.status).toBe(201)
    const stored = StoredAnalysisSchema.parse(await response.json())
    const read = StoredAnalysisSchema.parse(
      await (await app.request(`/v1/articles/${stored.article.id}`)).json(),
    )
    if (field === 'publishedAt') expect(Date.parse(read.article.publishedAt ?? '')).toBe(Date.parse(value))
    else expect(read.article[field as 'source' | 'url']).toBe(value)
  })

  it.each([
    '/v1/articles?to=9999-12-31',
    '/v1/articles?from=0001-01-01&to=9999-12-31T23:59:59.999Z',
    '/v1/statements?to=9999-12-31',
    '/v1/statements?from=0001-01-01',
  ])('%s covers everything stored', async (path) => {
    const response = await app.request(path)
    expect(response.status).toBe(200)
    const everything = await app.request(path.replace(/\?.*/, '?limit=100'))
    expect(await response.json()).toEqual(await everything.json())
  })

  it.each([
    { path: '/v1/articles', field: 'from', value: '0000-01-01' },
    { path: '/v1/articles', field: 'from', value: '0001-01-01T00:00:00+14:00' },
    { path: '/v1/articles', field: 'to', value: '9999-12-31T23:59:59-14:00' },
    { path: '/v1/statements', field: 'from', value: '0000-01-01' },
    { path: '/v1/statements', field: 'to', value: '9999-12-31T23:59:59-14:00' },
  ])(
    '$path?$field=$value (outside years 0001–9999 in UTC) answers 400 naming it',
    async ({ path, field, value }) => {
      await expectFieldProblem(await app.request(`${path}?${field}=${encodeURIComponent(value)}`), field)
    },
  )

  it.each(['/v1/articles', '/v1/statements', '/v1/actors', '/v1/search'])(
    '%s?q=%00 answers 400 naming q',
    async (path) => {
      await expectFieldProblem(await app.request(`${path}?q=%00`), 'q')
      await expectFieldProblem(await app.request(`${path}?q=harbor%00vote`), 'q')
    },
  )

  const dashes = (count: number) => '-'.repeat(count)
  const searchable = ['/v1/articles', '/v1/statements', '/v1/search', '/v1/actors']
  it.each([
    dashes(32),
    dashes(40),
    `${dashes(33)}council`,
    `mayor ${'- '.repeat(32)}council`,
    `mayor ${'-('.repeat(40)}council`,
  ])('q of %s (more NOTs in a row than PostgreSQL parses) answers 400 naming q', async (query) => {
    for (const path of searchable)
      await expectFieldProblem(await app.request(`${path}?q=${encodeURIComponent(query)}`), 'q')
  })

  it.each([
    { query: dashes(31), same: '' },
    { query: `${dashes(30)}council`, same: 'council' },
    { query: `${dashes(31)}council`, same: '-council' },
    { query: `${'- '.repeat(30)}council`, same: 'council' },
    { query: `mayor ${'- '.repeat(31)}council`, same: 'mayor -council' },
    { query: `${'harbor-vote '.repeat(40)}`, same: 'harbor-vote' },
  ])('q of $query answers 200, as q=$same would', async ({ query, same }) => {
    for (const path of searchable) {
      const response = await app.request(`${path}?q=${encodeURIComponent(query)}`)
      expect(response.status).toBe(200)
      const body = await response.json()
      if (path === '/v1/search') SearchResultSchema.parse(body)
      else if (path === '/v1/articles') pageSchema(ArticleSummarySchema).parse(body)
      else if (path === '/v1/statements') pageSchema(StatementViewSchema).parse(body)
      if (same === '') continue
      const expected = await (await app.request(`${path}?q=${encodeURIComponent(same)}`)).json()
      if (path !== '/v1/actors') expect(body).toEqual(expected)
    }
  })

  it.each([
    { name: 'a NUL', odd: 'Desk\u0000 note', stored: 'Desk\uFFFD note' },
    { name: 'a lone high surrogate', odd: 'Desk \uD83D note', stored: 'Desk \uFFFD note' },
    { name: 'a lone low surrogate', odd: 'Desk \uDE00 note', stored: 'Desk \uFFFD note' },
  ])(
    'a text with $name is the text with U+FFFD: one id, and the answer is what was stored',
    async ({ odd, stored }) => {
      const suffix = `\n\nThe council met on day ${++serial}.`
      const first = await post('/v1/articles', { text: `${odd}${suffix}` })
      expect(first.status).toBe(201)
      const created = StoredAnalysisSchema.parse(await first.json())
      expect(created.article.text).toBe(`${stored}${suffix}`)
      const again = await post('/v1/articles', { text: `${stored}${suffix}` })
      expect(again.status).toBe(200)
      expect(StoredAnalysisSchema.parse(await again.json()).article.id).toBe(created.article.id)
      const read = StoredAnalysisSchema.parse(
        await (await app.request(`/v1/articles/${created.article.id}`)).json(),
      )
      expect(read.article.text).toBe(created.article.text)
      const analyzed = AnalysisSchema.parse(
        await (await post('/v1/analyze', { text: `${odd}${suffix}` })).json(),
      )
      expect(analyzed.article).toMatchObject({ id: created.article.id, text: created.article.text })
    },
  )
})
