// Serves the built site (dist/, or the folder WHOSAID_SITE_DIST names) on HOST:SITE_PORT, reading data from
// WHOSAID_API_URL.
// The standalone entry is imported with ASTRO_NODE_AUTOSTART=disabled (set by the npm script) so that the
// port and host come from src/env.ts rather than the adapter's own PORT/HOST variables.
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { env } from '../src/env.ts'
import { answerClientErrors, refuseUnaddressable } from './client-error.ts'

type Handler = (
  request: import('node:http').IncomingMessage,
  response: import('node:http').ServerResponse,
) => void

const dist = env.WHOSAID_SITE_DIST
  ? pathToFileURL(`${resolve(env.WHOSAID_SITE_DIST)}/`)
  : new URL('../dist/', import.meta.url)
const entry = new URL('server/entry.mjs', dist)
const { handler } = (await import(entry.href).catch(() => {
  console.error(`whosaid site: ${entry.pathname} is missing; run \`npm run build -w @whosaid/site\` first.`)
  process.exit(1)
})) as { handler: Handler }

// Node's own answer to a request without Host is a bare 400: the page says it, as for a Host that is not a host.
const server = createServer({ requireHostHeader: false }, refuseUnaddressable(handler))
answerClientErrors(server)
server.listen(env.SITE_PORT, env.HOST, () => {
  console.log(`whosaid site on http://${env.HOST}:${env.SITE_PORT} (API ${env.WHOSAID_API_URL})`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
  })
}
