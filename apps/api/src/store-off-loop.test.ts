// The embedded database (PGlite) runs on a thread of its own: /openapi.json, which reads no database, answers while
// one long write runs in the server's store (as the INSERT of a long article's statements does: 8 s for a 1 MB
// article's 3,510 statements); on the server's own thread it waited for the write to end. /healthz takes a database
// at work on a request as answering (see `ping`); a read still waits for the write, as on one connection it must.
import { openStore, type Store } from '@whosaid/store'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, serve } from './node.ts'

/** One INSERT of a million rows: seconds of PostgreSQL's work on any machine. */
const LONG_WRITE = sql`insert into scratch select g, md5(g::text) from generate_series(1, 1000000) g`

/** GET /openapi.json requests sent one after another while the write runs. */
const ANSWERS = 5

describe('the embedded store off the event loop', () => {
  let store: Store
  let server: RunningServer
  let url = ''
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:', thread: true })
    await store.db.execute(sql`create table scratch (id int, digest text)`)
    server = await serve({ store, port: 0, host: '127.0.0.1', analysisPool: { threads: 1 } })
    url = server.url
    // The first /openapi.json builds the document (seconds on a busy machine) on this thread: once before.
    await (await fetch(`${url}/openapi.json`)).arrayBuffer()
  })
  afterAll(async () => {
    await server?.close()
    await store?.close()
  })

  it('answers /openapi.json again and again and /healthz while a long write runs; a read after it', async () => {
    let written = false
    const write = store.db.execute(LONG_WRITE).then(() => {
      written = true
    })
    // One answer could slip in before the write starts; the next ones come only if this thread is free meanwhile.
    const statuses: number[] = []
    for (let answer = 0; answer < ANSWERS; answer++) {
      const response = await fetch(`${url}/openapi.json`)
      await response.arrayBuffer()
      statuses.push(response.status)
    }
    const health = await fetch(`${url}/healthz`)
    const writtenWhenHealthy = written
    const read = await fetch(`${url}/v1/articles`)
    const writtenWhenRead = written
    expect(statuses).toEqual(Array(ANSWERS).fill(200))
    expect(health.status).toBe(200)
    expect(writtenWhenHealthy).toBe(false)
    expect(read.status).toBe(200)
    expect(writtenWhenRead).toBe(true)
    await write
  })
})
