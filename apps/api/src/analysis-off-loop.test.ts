// The Node server analyzes on worker threads: /healthz answers while a large article is still being analyzed, and
// an unauthenticated analysis over 1 MB is refused with 413 before anything is analyzed.
import { readFileSync } from 'node:fs'
import { openStore, type Store } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, serve } from './node.ts'

const TOKEN = 'a-long-secret-token-for-tests'
const SEED = readFileSync(new URL('../../../seeds/000_b304420120629e83.txt', import.meta.url), 'utf8')

describe('analysis off the event loop', () => {
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

  it('answers /healthz while a multi-megabyte article is analyzed, and stores the article after', async () => {
    // About 1.4 MB: seconds of analysis on any machine, so health answers first only if it is not blocked behind it.
    const text = `${SEED}\n\n${SEED.repeat(500)}`
    let bigDone = false
    const big = fetch(`${server.url}/v1/articles`, {
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
    expect((await big).status).toBe(201)
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
