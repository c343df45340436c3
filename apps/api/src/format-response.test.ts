import { analyze, formatAnalyses } from '@whosaid/core'
import { openStore, type Store } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'

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
  }, 60_000)
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

  it('answers JSON without format, and 400 for an unknown one', async () => {
    expect((await app.request(`/v1/articles/${id}`)).headers.get('content-type')).toContain(
      'application/json',
    )
    const bad = await app.request(`/v1/articles/${id}?format=xml`)
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
  })
})
