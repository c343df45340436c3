import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../../test/backends.ts'
import type { Store } from '../database.ts'
import { ingestArticle } from '../ingest.ts'
import { getArticle, listArticles } from './articles.ts'

const texts = {
  en: 'Harbour plan divides council\n\n"We cannot afford the harbour plan this year," Mayor Ruth Olsen told the council on Tuesday.',
  de: 'Hafenplan spaltet den Rat\n\n"Wir können uns den Hafenplan in diesem Jahr nicht leisten", sagte Bürgermeisterin Ruth Olsen am Dienstag.',
}

describe.each(testBackends())('article language ($name)', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    for (const [language, text] of Object.entries(texts)) {
      ids[language] = (await ingestArticle(store, text)).analysis.article.id
    }
  })
  afterAll(() => dispose())

  it.each(Object.keys(texts))(
    '%s: the list and the stored analysis give the language core identified',
    async (language) => {
      const { items } = await listArticles(store)
      expect(items.find((item) => item.id === ids[language])?.language).toBe(language)
      const stored = await getArticle(store, ids[language] ?? '')
      expect(stored?.article.language).toBe(language)
    },
  )

  it('a text not in English is stored with no actors and no statements', async () => {
    const stored = await getArticle(store, ids.de ?? '')
    expect(stored?.actors).toEqual([])
    expect(stored?.statements).toEqual([])
  })
})
