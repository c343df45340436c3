import { analyze, formatAnalyses } from '@whosaid/core'
import { openStore, type Store } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { ANALYSIS_FORMATS, chooseFormat, parseAccept } from './format-response.ts'

const TOKEN = 'test-token-0123456789'
const TEXT = 'Talks\n\nMoscow: – Russian Deputy Foreign Minister Sergei Ryabkov said Russia opposed the plan.'

describe('?format= on analyses', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  let id: string
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = createApp({ store, token: TOKEN, onInternalError: () => {} })
    const response = await app.request('/v1/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: TEXT }),
    })
    id = ((await response.json()) as { article: { id: string } }).article.id
  }, 600_000)
  afterAll(() => store.close())

  it.each([
    ['csv', 'text/csv'],
    ['ndjson', 'application/x-ndjson'],
    ['jsonld', 'application/ld+json'],
    ['annotations', 'application/ld+json'],
  ])('GET /v1/articles/{id}?format=%s answers %s, the same as core formats it', async (format, mediaType) => {
    const response = await app.request(`/v1/articles/${id}?format=${format}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain(mediaType)
    const body = await response.text()
    if (format === 'csv') expect(body).toBe(formatAnalyses(analyze(TEXT), 'csv'))
    else expect(body.length).toBeGreaterThan(100)
  })

  it('POST /v1/analyze?format=csv formats without storing', async () => {
    const response = await app.request('/v1/analyze?format=csv', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: TEXT }),
    })
    expect(await response.text()).toBe(formatAnalyses(analyze(TEXT), 'csv'))
  })

  it.each([
    ['text/csv', 'text/csv'],
    ['application/x-ndjson', 'application/x-ndjson'],
    ['application/json', 'application/json'],
  ])('GET /v1/articles/{id} with Accept: %s answers %s', async (accept, mediaType) => {
    const response = await app.request(`/v1/articles/${id}`, { headers: { Accept: accept } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain(mediaType)
  })

  it('GET /v1/articles/{id} answers 406 to an Accept it cannot meet', async () => {
    const response = await app.request(`/v1/articles/${id}`, { headers: { Accept: 'application/xml' } })
    expect(response.status).toBe(406)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  it('answers JSON without format, and 400 for an unknown one', async () => {
    expect((await app.request(`/v1/articles/${id}`)).headers.get('content-type')).toContain(
      'application/json',
    )
    const bad = await app.request(`/v1/articles/${id}?format=xml`)
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
  })
})

describe('chooseFormat', () => {
  it.each<[string, Parameters<typeof chooseFormat>[0], string | undefined, string | null]>([
    ['nothing asked: JSON', undefined, undefined, 'json'],
    ['an empty Accept: JSON', undefined, '  ', 'json'],
    ['curl: JSON', undefined, '*/*', 'json'],
    ['a browser: JSON', undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'json'],
    ['text/csv', undefined, 'text/csv', 'csv'],
    ['text/* takes CSV', undefined, 'text/*', 'csv'],
    ['NDJSON', undefined, 'application/x-ndjson', 'ndjson'],
    ['JSON-LD', undefined, 'application/ld+json', 'jsonld'],
    ['q weighs: CSV over JSON', undefined, 'application/json;q=0.2, text/csv', 'csv'],
    ['q weighs: JSON over CSV', undefined, 'application/json, text/csv;q=0.5', 'json'],
    ['a refused type', undefined, 'text/csv;q=0, */*', 'json'],
    ['the specific range wins over */*', undefined, '*/*;q=0.1, application/json;q=0', 'ndjson'],
    ['nothing offered matches', undefined, 'application/xml', null],
    ['the query wins over Accept', 'ndjson', 'text/csv', 'ndjson'],
    ['any case', undefined, 'TEXT/CSV; Q=1', 'csv'],
  ])('%s', (_name, format, accept, expected) => {
    expect(chooseFormat(format, accept, ANALYSIS_FORMATS)).toBe(expected)
  })

  it.each<[Parameters<typeof chooseFormat>[0], string | undefined, string | null]>([
    [undefined, undefined, 'json'],
    ['json', 'text/csv', 'json'],
    ['csv', undefined, null],
    [undefined, 'text/csv', null],
    [undefined, 'application/*', 'json'],
  ])('JSON only: format %s, Accept %s → %s', (format, accept, expected) => {
    expect(chooseFormat(format, accept, ['json'])).toBe(expected)
  })

  it('parses Accept ranges and skips malformed ones, in linear time on long input', () => {
    expect(parseAccept('text/csv;q=0.4, nonsense, a/b/c, application/json')).toEqual([
      { type: 'text', subtype: 'csv', q: 0.4 },
      { type: 'application', subtype: 'json', q: 1 },
    ])
    const hostile = `${'a/b;q=1;'.repeat(20_000)}, ${',;/'.repeat(20_000)}`
    expect(parseAccept(hostile)).toHaveLength(1)
  })
})

describe('?format= and Accept on routes that answer JSON only', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = createApp({ store, onInternalError: () => {} })
  }, 600_000)
  afterAll(() => store.close())

  const lists = [
    '/v1/articles',
    '/v1/actors',
    '/v1/actors/person:nobody',
    '/v1/actors/person:nobody/statements',
    '/v1/statements',
    '/v1/relations',
    '/v1/search?q=talks',
  ]
  const join = (path: string, query: string) => `${path}${path.includes('?') ? '&' : '?'}${query}`

  it.each(
    lists.flatMap((path) => ['csv', 'ndjson', 'jsonld', 'annotations'].map((format) => [path, format])),
  )('GET %s?format=%s answers 406 problem+json', async (path, format) => {
    const response = await app.request(join(path, `format=${format}`))
    expect(response.status).toBe(406)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 406, code: 'not-acceptable' })
  })

  it.each(lists)('GET %s?format=xml answers 400 problem+json naming the parameter', async (path) => {
    const response = await app.request(join(path, 'format=xml'))
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(await response.json()).toMatchObject({ issues: [{ path: ['format'] }] })
  })

  it.each(lists)('GET %s with Accept: text/csv answers 406', async (path) => {
    const response = await app.request(path, { headers: { Accept: 'text/csv' } })
    expect(response.status).toBe(406)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
  })

  it.each(['/v1/articles', '/v1/statements?format=json', '/v1/relations'])(
    'GET %s still answers JSON',
    async (path) => {
      const response = await app.request(path, { headers: { Accept: 'application/json' } })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/json')
    },
  )
})
