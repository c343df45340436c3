// The API as the benchmarks run it: a child process serving the app plus a bare Hono route for comparison,
// over `--data DIR` (PGlite) or `--database-url URL` (PostgreSQL), with rate limiting off. Prints `ready URL`.
// `--workers N` (PostgreSQL only) serves from N processes sharing the port, as WHOSAID_WORKERS does for
// `npm start`; `--pool N` is each process's PostgreSQL pool size.

import cluster from 'node:cluster'
import { createServer } from 'node:net'
import { parseArgs } from 'node:util'
import { serve as serveNode } from '@hono/node-server'
import { openStore } from '@whosaid/store'
import { Hono } from 'hono'
import { createApp } from '../src/app.ts'
import { serveFromWorkers } from '../src/cluster.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '0' },
    token: { type: 'string', default: 'bench-token-0123456789' },
    pool: { type: 'string', default: '4' },
    workers: { type: 'string', default: '1' },
  },
})

/** A free loopback port, so that every worker listens on the same one. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return typeof address === 'object' && address ? address.port : 0
}

const workers = values['database-url'] ? Math.max(1, Number(values.workers)) : 1
if (workers > 1 && cluster.isPrimary) {
  const port = Number(values.port) || (await freePort())
  cluster.setupPrimary({ args: [...process.argv.slice(2), '--port', String(port)] })
  await serveFromWorkers(workers)
  console.log(`ready http://127.0.0.1:${port}`)
} else {
  const store = await openStore({
    dataDir: values.data,
    databaseUrl: values['database-url'],
    maxConnections: Number(values.pool),
  })
  const bare = new Hono()
  bare.get('/bare', (c) => c.json({ ok: true }))
  const app = createApp({ store, token: values.token, rateLimit: 0 })
  // The API answers through its own fetch, as `whosaid serve` runs it: mounted under another Hono app with
  // `route()`, each of its handlers would be wrapped in a per-request error handler that production never has.
  const fetch = (request: Request, env: unknown) =>
    request.url.endsWith('/bare') ? bare.fetch(request, env) : app.fetch(request, env)
  const server = serveNode(
    { fetch, port: Number(values.port), hostname: '127.0.0.1' },
    (info: { port: number }) => {
      if (cluster.isPrimary) console.log(`ready http://127.0.0.1:${info.port}`)
    },
  )
  const stop = () => {
    server.close()
    store.close().finally(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}
