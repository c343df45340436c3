// The Cloudflare Workers entry on workerd (through miniflare) against a real PostgreSQL: the same app, another
// runtime. Skipped when the run has no PostgreSQL.
import { createTestDatabase, type TestDatabase } from '@whosaid/store/testing'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { bundleWorker } from '../scripts/build-worker.ts'

const TOKEN = 'worker-token-0123456789'
const TEXT = 'Harbor vote\n\nLISBON — Ana Pereira, the mayor, said the Harbor Council would approve the plan.'

describe.skipIf(!inject('databaseUrl'))('the Worker on workerd', () => {
  let miniflare: Miniflare
  let database: TestDatabase

  beforeAll(async () => {
    database = await createTestDatabase(inject('databaseUrl'))
    miniflare = new Miniflare({
      modules: true,
      script: await bundleWorker(),
      compatibilityDate: '2026-04-01',
      compatibilityFlags: ['nodejs_compat'],
      bindings: { DATABASE_URL: database.url, WHOSAID_API_TOKEN: TOKEN },
    })
    await miniflare.ready
  }, 600_000)
  afterAll(async () => {
    await miniflare?.dispose()
    await database?.drop()
  })

  it('migrates on the first request and answers health', async () => {
    const response = await miniflare.dispatchFetch('http://worker.test/healthz')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
  })

  it('ingests with the token (201, then 200) and reads back from PostgreSQL', async () => {
    const post = () =>
      miniflare.dispatchFetch('http://worker.test/v1/articles', {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: TEXT }),
      })
    const first = await post()
    expect(first.status).toBe(201)
    const { article } = (await first.json()) as { article: { id: string } }
    expect((await post()).status).toBe(200)
    const list = (await (await miniflare.dispatchFetch('http://worker.test/v1/articles')).json()) as {
      items: { id: string }[]
    }
    expect(list.items.map((item) => item.id)).toEqual([article.id])
    const stored = await miniflare.dispatchFetch(`http://worker.test/v1/articles/${article.id}`)
    expect(((await stored.json()) as { article: { text: string } }).article.text).toBe(TEXT)
    // Statement lists send the stored views on as the bytes PostgreSQL answered, on workerd too.
    const statements = await miniflare.dispatchFetch('http://worker.test/v1/statements?q=approve')
    expect(statements.headers.get('content-type')).toBe('application/json')
    expect(await statements.json()).toMatchObject({
      items: [
        {
          articleId: article.id,
          speakerName: 'Ana Pereira',
          quote: 'the Harbor Council would approve the plan',
        },
      ],
      nextCursor: null,
    })
  })

  it('answers problems the same way as on Node', async () => {
    const unauthorized = await miniflare.dispatchFetch('http://worker.test/v1/articles', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: TEXT }),
    })
    expect(unauthorized.status).toBe(401)
    expect(unauthorized.headers.get('content-type')).toBe('application/problem+json')
    const invalid = await miniflare.dispatchFetch('http://worker.test/v1/statements?limit=0')
    expect(invalid.status).toBe(400)
    await invalid.arrayBuffer()
    const document = (await (await miniflare.dispatchFetch('http://worker.test/openapi.json')).json()) as {
      openapi: string
    }
    expect(document.openapi).toBe('3.1.0')
  })
})
