// The API as the benchmarks run it: a child process serving the app plus a bare Hono route for comparison,
// over `--data DIR` (PGlite) or `--database-url URL` (PostgreSQL), with rate limiting off. Prints `ready URL`.

import type { AddressInfo } from 'node:net'
import { parseArgs } from 'node:util'
import { serve as serveNode } from '@hono/node-server'
import { openStore } from '@whosaid/store'
import { Hono } from 'hono'
import { createApp } from '../src/app.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'database-url': { type: 'string' },
    port: { type: 'string', default: '0' },
    token: { type: 'string', default: 'bench-token-0123456789' },
  },
})
const store = await openStore({
  dataDir: values.data,
  databaseUrl: values['database-url'],
  maxConnections: 20,
})
const root = new Hono()
root.get('/bare', (c) => c.json({ ok: true }))
root.route('/', createApp({ store, token: values.token, rateLimit: 0 }))
const server = serveNode(
  { fetch: root.fetch, port: Number(values.port), hostname: '127.0.0.1' },
  (info: AddressInfo) => {
    console.log(`ready http://127.0.0.1:${info.port}`)
  },
)
const stop = () => {
  server.close()
  store.close().finally(() => process.exit(0))
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
