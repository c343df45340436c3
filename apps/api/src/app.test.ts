import { type Analysis, AnalysisSchema, analyze } from '@whosaid/core'
import {
  ActorDetailSchema,
  ActorSummarySchema,
  ArticleSummarySchema,
  openPostgresStore,
  openStore,
  pageSchema,
  RelationViewSchema,
  SearchResultSchema,
  StatementViewSchema,
  type Store,
  StoredAnalysisSchema,
} from '@whosaid/store'
import { makeAnalysis, RUSSIA, RYABKOV, USA } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import { type AppOptions, createApp } from './app.ts'
import { ProblemSchema } from './errors.ts'

const TOKEN = 'test-token-0123456789'
const AUTH = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

/** Articles the stand-in analyzer knows: the extraction stages are tested in core, the API only moves data. */
const FIXTURES: Analysis[] = [
  makeAnalysis('Sanctions row\n\nRussia rejected the sanctions plan, Sergei Ryabkov said on Monday.', {
    actors: [RUSSIA, RYABKOV, USA],
    statements: [
      {
        speaker: RYABKOV.id,
        content: 'Russia rejected the sanctions plan',
        cue: 'said',
        source: 'Sergei Ryabkov',
        target: USA.id,
        polarity: 'oppose',
      },
    ],
    publishedAt: '2024-03-01T09:00:00Z',
  }),
  makeAnalysis(
    'Talks go on\n\nThe United States said the talks would go on, and Ryabkov said he doubted it.',
    {
      actors: [USA, { ...RYABKOV, names: ['Ryabkov'] }],
      statements: [
        { speaker: USA.id, content: 'the talks would go on', cue: 'said', source: 'The United States' },
        { speaker: RYABKOV.id, content: 'he doubted it', target: USA.id, polarity: 'oppose', cue: 'said' },
      ],
      publishedAt: '2024-03-05T09:00:00Z',
    },
  ),
]

/** The stand-in analyzer: a fixture's analysis for a fixture's text, core's otherwise. */
function analyzer(text: string, options?: Parameters<typeof analyze>[1]): Analysis {
  const fixture = FIXTURES.find((analysis) => analysis.article.text === text)
  if (!fixture) return analyze(text, options)
  return { ...fixture, article: { ...fixture.article, ...options } }
}

/** Parses a JSON answer with a schema, so every test also checks the contract. */
async function bodyOf<Schema extends z.ZodType>(
  response: Response,
  schema: Schema,
): Promise<z.infer<Schema>> {
  return schema.parse(await response.json())
}

/** Checks that an answer is a problem document with this status and code. */
async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const problem = await bodyOf(response, ProblemSchema)
  expect(problem).toMatchObject({ status, code, type: `urn:whosaid:problem:${code}` })
  return problem
}

describe('the API in process', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  const make = (options: Partial<AppOptions> = {}) =>
    createApp({ store, token: TOKEN, analyzer, onInternalError: () => {}, ...options })

  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = make()
    for (const fixture of FIXTURES) {
      const response = await app.request('/v1/articles', {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ text: fixture.article.text, source: 'Wire' }),
      })
      expect(response.status).toBe(201)
    }
  })
  afterAll(async () => store?.close())

  it('GET /healthz answers ok', async () => {
    const response = await app.request('/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
  })

  describe('POST /v1/articles', () => {
    const text = 'A new one\n\nNothing much happened in the harbor today.'
    const post = (headers: Record<string, string>, body: string = JSON.stringify({ text })) =>
      app.request('/v1/articles', { method: 'POST', headers, body })

    it('stores a new article (201, Location), then answers the same id with 200', async () => {
      const first = await post(AUTH)
      expect(first.status).toBe(201)
      const created = await bodyOf(first, StoredAnalysisSchema)
      expect(first.headers.get('location')).toBe(`/v1/articles/${created.article.id}`)
      const again = await post(AUTH)
      expect(again.status).toBe(200)
      expect((await bodyOf(again, StoredAnalysisSchema)).article.id).toBe(created.article.id)
    })

    it.each([
      { name: 'no token', headers: { 'Content-Type': 'application/json' } },
      { name: 'a wrong token', headers: { ...AUTH, Authorization: 'Bearer wrong-token-0123456789' } },
      { name: 'another scheme', headers: { ...AUTH, Authorization: `Basic ${TOKEN}` } },
    ])('refuses $name with 401 and WWW-Authenticate', async ({ headers }) => {
      const response = await post(headers)
      await expectProblem(response, 401, 'unauthorized')
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
    })

    it('refuses every write with 403 when no token is configured', async () => {
      const response = await make({ token: undefined }).request('/v1/articles', {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ text }),
      })
      await expectProblem(response, 403, 'writes-disabled')
    })

    it.each([
      { name: 'malformed JSON', headers: AUTH, body: '{"text": ', status: 400, code: 'malformed-json' },
      { name: 'no text', headers: AUTH, body: '{}', status: 400, code: 'invalid-request' },
      { name: 'empty text', headers: AUTH, body: '{"text":""}', status: 400, code: 'invalid-request' },
      {
        name: 'a bad url',
        headers: AUTH,
        body: '{"text":"x","url":"nope"}',
        status: 400,
        code: 'invalid-request',
      },
      {
        name: 'a bad date',
        headers: AUTH,
        body: '{"text":"x","publishedAt":"yesterday"}',
        status: 400,
        code: 'invalid-request',
      },
      {
        name: 'a form body',
        headers: { ...AUTH, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'text=x',
        status: 415,
        code: 'unsupported-media-type',
      },
      {
        name: 'no content type',
        headers: { Authorization: AUTH.Authorization },
        body: '{}',
        status: 415,
        code: 'unsupported-media-type',
      },
    ])('answers $name with $status $code', async ({ headers, body, status, code }) => {
      const problem = await expectProblem(await post(headers, body), status, code)
      if (code === 'invalid-request') expect(problem.issues?.length).toBeGreaterThan(0)
    })

    it('answers a body over the limit with 413', async () => {
      const small = make({ bodyLimit: 1024 })
      const response = await small.request('/v1/articles', {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ text: 'x'.repeat(2000) }),
      })
      await expectProblem(response, 413, 'body-too-large')
    })

    it('answers 500 without details when the analyzer fails, and reports the error', async () => {
      const onInternalError = vi.fn()
      const broken = make({
        analyzer: () => {
          throw new Error('secret internals')
        },
        onInternalError,
      })
      const response = await broken.request('/v1/articles', {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ text: 'Never seen before.' }),
      })
      const problem = await expectProblem(response, 500, 'internal')
      expect(problem.detail).not.toContain('secret')
      expect(onInternalError).toHaveBeenCalledOnce()
    })
  })

  it('POST /v1/analyze analyzes without storing and needs no token', async () => {
    const text = 'Just looking\n\nThis text is analyzed but never stored.'
    const response = await app.request('/v1/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, source: 'Desk' }),
    })
    expect(response.status).toBe(200)
    const analysis = await bodyOf(response, AnalysisSchema)
    expect(analysis.article.source).toBe('Desk')
    expect((await app.request(`/v1/articles/${analysis.article.id}`)).status).toBe(404)
  })

  describe('GET /v1/articles', () => {
    const Page = pageSchema(ArticleSummarySchema)
    it.each([
      { query: '', ids: 3 },
      { query: '?q=sanctions', ids: 1 },
      { query: `?actor=${RUSSIA.id}`, ids: 1 },
      { query: `?actor=${USA.id}`, ids: 2 },
      { query: '?from=2024-03-02&to=2024-03-05', ids: 1 },
      { query: '?to=2024-03-01', ids: 1 },
      { query: '?from=2024-03-01T09:00:01Z&to=2024-03-31T00:00:00%2B02:00', ids: 1 },
    ])('$query → $ids', async ({ query, ids }) => {
      const response = await app.request(`/v1/articles${query}`)
      expect(response.status).toBe(200)
      expect((await bodyOf(response, Page)).items).toHaveLength(ids)
    })

    it('pages with limit and cursor', async () => {
      const first = await bodyOf(await app.request('/v1/articles?limit=2'), Page)
      expect(first.items).toHaveLength(2)
      expect(first.nextCursor).toEqual(expect.any(String))
      const rest = await bodyOf(
        await app.request(`/v1/articles?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`),
        Page,
      )
      expect(rest.items).toHaveLength(1)
      expect(rest.nextCursor).toBeNull()
    })

    it.each([
      ['?limit=0', 'invalid-request'],
      ['?limit=101', 'invalid-request'],
      ['?limit=ten', 'invalid-request'],
      ['?from=March', 'invalid-request'],
      ['?actor=Ryabkov', 'invalid-request'],
      ['?cursor=bm9wZQ', 'invalid-cursor'],
    ])('%s → 400 %s', async (query, code) => {
      await expectProblem(await app.request(`/v1/articles${query}`), 400, code)
    })
  })

  it('GET /v1/articles/{id} answers the stored analysis, 404 for an unknown id, 400 for a malformed one', async () => {
    const id = FIXTURES[0]?.article.id
    const stored = await bodyOf(await app.request(`/v1/articles/${id}`), StoredAnalysisSchema)
    expect(stored).toMatchObject({ article: { id, source: 'Wire' }, ingestedAt: expect.any(String) })
    expect(stored.statements).toHaveLength(1)
    await expectProblem(await app.request('/v1/articles/a_0000000000000000'), 404, 'not-found')
    await expectProblem(await app.request('/v1/articles/42'), 400, 'invalid-request')
  })

  describe('actors', () => {
    const Page = pageSchema(ActorSummarySchema)
    it.each([
      { query: '', ids: [USA.id, RYABKOV.id, RUSSIA.id] },
      { query: '?kind=country', ids: [USA.id, RUSSIA.id] },
      { query: '?q=ryab', ids: [RYABKOV.id] },
      { query: '?q=nobody', ids: [] },
    ])('GET /v1/actors$query', async ({ query, ids }) => {
      const page = await bodyOf(await app.request(`/v1/actors${query}`), Page)
      expect(page.items.map((actor) => actor.id)).toEqual(ids)
    })

    it('GET /v1/actors?kind=planet → 400', async () => {
      await expectProblem(await app.request('/v1/actors?kind=planet'), 400, 'invalid-request')
    })

    it('GET /v1/actors/{id} answers the detail, 404 for an unknown actor', async () => {
      const detail = await bodyOf(await app.request(`/v1/actors/${RYABKOV.id}`), ActorDetailSchema)
      expect(detail).toMatchObject({ articleCount: 2, statementCount: 2, affiliationName: 'Russia' })
      expect(detail.stances).toMatchObject([{ target: USA.id, polarity: 'oppose', count: 2 }])
      expect(
        (await bodyOf(await app.request(`/v1/actors/${USA.id}`), ActorDetailSchema)).opposedBy,
      ).toHaveLength(1)
      await expectProblem(await app.request('/v1/actors/person:nobody'), 404, 'not-found')
      await expectProblem(await app.request('/v1/actors/not%20an%20id'), 400, 'invalid-request')
    })

    it.each([
      { query: '', count: 2 },
      { query: '?polarity=oppose', count: 2 },
      { query: `?target=${RUSSIA.id}`, count: 0 },
      { query: '?polarity=support', count: 0 },
    ])('GET /v1/actors/{id}/statements$query → $count', async ({ query, count }) => {
      const response = await app.request(`/v1/actors/${RYABKOV.id}/statements${query}`)
      const page = await bodyOf(response, pageSchema(StatementViewSchema))
      expect(page.items).toHaveLength(count)
    })
  })

  describe('GET /v1/statements', () => {
    const Page = pageSchema(StatementViewSchema)
    it.each([
      { query: '', count: 3 },
      { query: `?speaker=${USA.id}`, count: 1 },
      { query: `?target=${USA.id}&polarity=oppose`, count: 2 },
      { query: '?q=talks', count: 1 },
      { query: '?from=2024-03-02', count: 2 },
      { query: '?to=2024-03-02', count: 1 },
    ])('$query → $count', async ({ query, count }) => {
      expect((await bodyOf(await app.request(`/v1/statements${query}`), Page)).items).toHaveLength(count)
    })

    it('answers newest first with names, quote and words', async () => {
      const { items } = await bodyOf(await app.request('/v1/statements?limit=1'), Page)
      expect(items[0]).toMatchObject({
        articleTitle: 'Talks go on',
        date: '2024-03-05T09:00:00.000Z',
        speakerName: 'United States',
        quote: 'the talks would go on',
        cueText: 'said',
      })
    })

    it('?polarity=angry → 400', async () => {
      await expectProblem(await app.request('/v1/statements?polarity=angry'), 400, 'invalid-request')
    })

    it.each(['/v1/statements?q=talks', `/v1/actors/${RYABKOV.id}/statements`])(
      '%s answers JSON with CORS and secure headers, paging by cursor',
      async (path) => {
        const response = await app.request(`${path}${path.includes('?') ? '&' : '?'}limit=1`)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe('application/json')
        expect(response.headers.get('access-control-allow-origin')).toBe('*')
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        const page = await bodyOf(response, Page.strict())
        if (page.nextCursor === null) return
        const next = await app.request(
          `${path}${path.includes('?') ? '&' : '?'}limit=1&cursor=${page.nextCursor}`,
        )
        expect((await bodyOf(next, Page)).items[0]?.id).not.toBe(page.items[0]?.id)
      },
    )
  })

  it('GET /v1/relations lists stance edges, by actor and polarity', async () => {
    const Page = pageSchema(RelationViewSchema)
    const all = await bodyOf(await app.request('/v1/relations'), Page)
    expect(all.items).toMatchObject([{ source: RYABKOV.id, target: USA.id, polarity: 'oppose', count: 2 }])
    expect((await bodyOf(await app.request(`/v1/relations?actor=${USA.id}`), Page)).items).toHaveLength(1)
    expect((await bodyOf(await app.request('/v1/relations?polarity=support'), Page)).items).toHaveLength(0)
  })

  it('GET /v1/search finds each kind, and needs q', async () => {
    const result = await bodyOf(await app.request('/v1/search?q=sanctions'), SearchResultSchema)
    expect(result.articles).toHaveLength(1)
    expect(result.statements).toHaveLength(1)
    await expectProblem(await app.request('/v1/search'), 400, 'invalid-request')
  })

  it('GET /openapi.json is JSON, the same bytes on every request', async () => {
    const [first, second] = await Promise.all([app.request('/openapi.json'), app.request('/openapi.json')])
    expect(first.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await first.text()).toBe(await second.text())
  })

  it('GET /openapi.json is OpenAPI 3.1 with every route of the contract', async () => {
    const document = (await (await app.request('/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }
    expect(document.openapi).toBe('3.1.0')
    expect(
      Object.entries(document.paths)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
        .sort(),
    ).toEqual([
      'GET /healthz',
      'GET /v1/actors',
      'GET /v1/actors/{id}',
      'GET /v1/actors/{id}/statements',
      'GET /v1/articles',
      'GET /v1/articles/{id}',
      'GET /v1/relations',
      'GET /v1/search',
      'GET /v1/statements',
      'POST /v1/actors/import',
      'POST /v1/actors/{id}/merge',
      'POST /v1/actors/{id}/split',
      'POST /v1/analyze',
      'POST /v1/articles',
    ])
  })

  it('GET /docs serves the interactive reference, with a plain one that needs no network', async () => {
    const response = await app.request('/docs')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('/openapi.json')
    expect(html).toContain('<div id="app"></div><style>')
    expect(html).toContain('GET /v1/actors/{id}/statements</code>')
    expect(html).toContain('<form method="get" action="/v1/statements">')
  })

  it('answers an unknown route with a 404 problem, and every answer with secure headers', async () => {
    const response = await app.request('/v2/nothing')
    await expectProblem(response, 404, 'not-found')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 429 with Retry-After over the rate limit', async () => {
    const limited = make({ rateLimit: 2 })
    expect((await limited.request('/v1/actors')).status).toBe(200)
    expect((await limited.request('/v1/actors')).status).toBe(200)
    const response = await limited.request('/v1/actors')
    await expectProblem(response, 429, 'rate-limited')
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('allows any origin by default, and only the listed ones when configured', async () => {
    const preflight = {
      method: 'OPTIONS',
      headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'POST' },
    }
    const open = await app.request('/v1/articles', preflight)
    expect(open.headers.get('access-control-allow-origin')).toBe('*')
    expect(open.headers.get('access-control-allow-headers')).toContain('Authorization')
    const listed = make({ corsOrigins: ['https://site.example'] })
    const other = await listed.request('/v1/actors', { headers: { Origin: 'https://a.example' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const site = await listed.request('/v1/actors', { headers: { Origin: 'https://site.example' } })
    expect(site.headers.get('access-control-allow-origin')).toBe('https://site.example')
  })

  it('answers 503 with Retry-After when the database cannot be reached', async () => {
    const down = openPostgresStore('postgres://nobody@127.0.0.1:9/none', { connectTimeout: 1 })
    try {
      const unreachable = createApp({ store: down, token: TOKEN })
      for (const path of ['/healthz', '/v1/actors']) {
        const response = await unreachable.request(path)
        await expectProblem(response, 503, 'unavailable')
        expect(response.headers.get('retry-after')).toBe('5')
      }
    } finally {
      await down.close()
    }
  })
})
