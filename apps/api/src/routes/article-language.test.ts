import { AnalysisSchema } from '@whosaid/core'
import { ArticleSummarySchema, openStore, pageSchema, type Store, StoredAnalysisSchema } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'

const TOKEN = 'test-token-0123456789'
const AUTH = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

const texts = {
  en: 'Harbour plan divides council\n\n"We cannot afford the harbour plan this year," Mayor Ruth Olsen told the council on Tuesday.',
  pt: 'Plano do porto divide a câmara\n\n"Não podemos pagar o plano do porto este ano", disse a presidente Ruth Olsen na terça-feira.',
}

describe('the language of an article, through the API', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = createApp({ store, token: TOKEN, onInternalError: () => {} })
    for (const [language, text] of Object.entries(texts)) {
      const response = await app.request('/v1/articles', {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ text }),
      })
      expect(response.status).toBe(201)
      ids[language] = StoredAnalysisSchema.parse(await response.json()).article.id
    }
  })
  afterAll(() => store?.close())

  it.each(Object.keys(texts))('%s: GET /v1/articles and /v1/articles/{id} give it', async (language) => {
    const list = pageSchema(ArticleSummarySchema).parse(await (await app.request('/v1/articles')).json())
    expect(list.items.find((item) => item.id === ids[language])?.language).toBe(language)
    const one = StoredAnalysisSchema.parse(await (await app.request(`/v1/articles/${ids[language]}`)).json())
    expect(one.article.language).toBe(language)
  })

  it('POST /v1/analyze gives the language and, for a text not in English, no statements', async () => {
    const response = await app.request('/v1/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: texts.pt }),
    })
    expect(response.status).toBe(200)
    const analysis = AnalysisSchema.parse(await response.json())
    expect(analysis.article.language).toBe('pt')
    expect(analysis.statements).toEqual([])
  })
})
