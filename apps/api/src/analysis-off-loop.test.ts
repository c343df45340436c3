// The Node server analyzes on worker threads: /healthz answers while a large article is still being analyzed, on
// `POST /v1/articles` and `POST /v1/analyze` (its limit raised here), over the embedded database and PostgreSQL,
// and the answers are right; an unauthenticated analysis over 1 MB is refused with 413 before anything is analyzed.
// Order and answers decide, never a duration: `npm run bench:health` measures the latencies (README).
import { readFileSync } from 'node:fs'
import { hashText } from '@whosaid/core'
import { openStore, type Store } from '@whosaid/store'
import { testBackends } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_BODY_LIMIT } from './app.ts'
import { type RunningServer, serve } from './node.ts'

const TOKEN = 'a-long-secret-token-for-tests'
const SEED = readFileSync(new URL('../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')

describe.each(testBackends())('analysis off the event loop, over $name', (backend) => {
  let opened: Awaited<ReturnType<ReturnType<typeof testBackends>[number]['open']>> | undefined
  let server: RunningServer
  beforeAll(async () => {
    opened = await backend.open()
    server = await serve({
      store: opened.store,
      port: 0,
      host: '127.0.0.1',
      token: TOKEN,
      // A time limit far above what a loaded machine needs: only a hang fails.
      analysisPool: { threads: 1, timeLimitMs: 600_000 },
      // A large text at /v1/analyze too: its body is then read off the server's thread, as /v1/articles' is.
      analyzeLimit: DEFAULT_BODY_LIMIT,
    })
  })
  afterAll(async () => {
    await server?.close()
    await opened?.dispose()
  })

  it.each([
    { path: '/v1/articles', status: 201 },
    { path: '/v1/analyze', status: 200 },
  ])(
    'answers /healthz while a multi-megabyte article is analyzed at $path, then answers it',
    async ({ path, status }) => {
      // About 1.4 MB (over the 1 MB from which a body is read off the server's thread): seconds of analysis on any
      // machine, so health answers first only if it is not blocked behind it.
      const text = `${path}\n\n${SEED}\n\n${SEED.repeat(500)}`
      let bigDone = false
      const big = fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      }).then((response) => {
        bigDone = true
        return response
      })
      const health = await fetch(`${server.url}/healthz`)
      const doneWhenHealthAnswered = bigDone
      expect(health.status).toBe(200)
      expect(doneWhenHealthAnswered).toBe(false)
      const answer = await big
      expect(answer.status).toBe(status)
      expect(answer.headers.get('content-type')).toBe('application/json')
      const analysis = (await answer.json()) as {
        article: { id: string; text: string }
        statements: unknown[]
      }
      expect(analysis.article).toMatchObject({ id: `a_${hashText(text)}`, text })
      expect(analysis.statements.length).toBeGreaterThan(500)
    },
  )
})

describe('the unauthenticated analysis limit', () => {
  let store: Store
  let server: RunningServer
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    server = await serve({ store, port: 0, host: '127.0.0.1', token: TOKEN, analysisPool: { threads: 1 } })
  })
  afterAll(async () => {
    await server?.close()
    await store?.close()
  })

  it.each([
    { name: 'over 1 MB', bytes: 1024 * 1024 + 1, status: 413 },
    { name: 'of a news article', bytes: SEED.length, status: 200 },
  ])('answers an unauthenticated analysis $name with $status', async ({ bytes, status }) => {
    const text = SEED.repeat(Math.ceil(bytes / SEED.length)).slice(0, bytes)
    const response = await fetch(`${server.url}/v1/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    })
    expect(response.status).toBe(status)
    if (status === 413) expect(response.headers.get('content-type')).toBe('application/problem+json')
  })
})
