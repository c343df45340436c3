import { openStore, type Store } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'

const TOKEN = 'test-token-0123456789'
const DATED =
  'Fishing levies\n\nFrench Foreign Minister Jean Martin said the levies were a breach of the agreement.'
const UNDATED = 'Ferry fares\n\nThe operator said fares would rise by ten percent in April.'

// Articles and statements keep the publication date apart from the day whosaid stored them: an article gives
// both, a statement says which one its date is.
describe('publishedAt and ingestedAt', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = createApp({ store, token: TOKEN, onInternalError: () => {} })
    for (const body of [{ text: DATED, publishedAt: '2019-11-20T08:00:00Z' }, { text: UNDATED }]) {
      const response = await app.request('/v1/articles', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(201)
    }
  }, 600_000)
  afterAll(() => store.close())

  it('lists each article with its publication date only when it has one, and when it was stored', async () => {
    const { items } = (await (await app.request('/v1/articles')).json()) as {
      items: { title: string; publishedAt?: string; ingestedAt: string }[]
    }
    expect(items.map((item) => [item.title, item.publishedAt ?? null])).toEqual([
      // Newest first by publication date where known, else by the day it was stored.
      ['Ferry fares', null],
      ['Fishing levies', '2019-11-20T08:00:00.000Z'],
    ])
    for (const item of items) expect(Date.parse(item.ingestedAt)).toBeGreaterThan(Date.parse('2025-01-01'))
  })

  it.each([
    ['Fishing levies', 'publishedAt', '2019-11-20T08:00:00.000Z'],
    ['Ferry fares', 'ingestedAt', undefined],
  ])('a statement of "%s" says its date is the article’s %s', async (title, dateSource, date) => {
    const { items } = (await (await app.request('/v1/statements')).json()) as {
      items: { articleTitle: string; date: string; dateSource: string }[]
    }
    const statement = items.find((item) => item.articleTitle === title)
    expect(statement?.dateSource).toBe(dateSource)
    if (date) expect(statement?.date).toBe(date)
  })
})
