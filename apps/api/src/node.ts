import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener, type HttpBindings } from '@hono/node-server'
import { toOriginForm } from '@whosaid/server/request-target'
import type { Store } from '@whosaid/store'
import type { Context } from 'hono'
import { type AnalysisPoolOptions, createAnalysisPool } from './analysis-pool.ts'
import { type AppOptions, createApp } from './app.ts'
import { clientAddress, plainAddress } from './client-address.ts'
import { answerClientErrors, listenerError, refuseAbsoluteTarget } from './client-error.ts'

/** What `serve` needs: the app's options, with one store, and where to listen. */
export type ServeOptions = Omit<AppOptions, 'store' | 'clientKey'> & {
  store: Store
  /** Addresses of proxies (the site) whose `X-Forwarded-For` names the client a rate limit counts for. */
  trustedProxies?: readonly string[] | undefined
  /** Port to listen on (default 8787; 0 picks a free one). */
  port?: number | undefined
  /** Address to listen on (default 127.0.0.1). */
  host?: string | undefined
  /** The pool of threads analyses run on, unless `analyzer` is given (default: one thread per core, at most 4). */
  analysisPool?: AnalysisPoolOptions | undefined
}

/** A listening server. */
export type RunningServer = {
  /** The base URL, e.g. http://127.0.0.1:8787. */
  url: string
  port: number
  host: string
  /** Stops accepting connections and closes open ones; the store stays open (its owner closes it). */
  close(): Promise<void>
}

/** The rate limiter's client key of a Node request: its remote address, or the one a trusted proxy names. */
function clientKeyOf(trustedProxies: readonly string[]): (c: Context) => string {
  const trusted = new Set(trustedProxies.map(plainAddress))
  return (c) => {
    const remote = (c.env as HttpBindings | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown'
    return trusted.size === 0 ? remote : clientAddress(remote, c.req.header('x-forwarded-for'), trusted)
  }
}

/**
 * Serves the API on Node with @hono/node-server; resolves once it listens.
 * @example
 * const server = await serve({ store: await openStore(), port: 8787, token: env.WHOSAID_API_TOKEN })
 * await server.close()
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', trustedProxies = [], analysisPool, ...appOptions } = options
  // Analyses run on worker threads, so that a large text never holds up the event loop (and /healthz).
  const pool = appOptions.analyzer ? undefined : createAnalysisPool(analysisPool)
  const app = createApp({
    ...appOptions,
    analyzer: appOptions.analyzer ?? pool?.analyze,
    analyzeJson: appOptions.analyzeJson ?? pool?.analyzeJson,
    readJson: appOptions.readJson ?? pool?.readJson,
    clientKey: clientKeyOf(trustedProxies),
  })
  // The listener's error handler answers what fails outside the app: above all a Host or target the adapter
  // cannot build a Request from, which would get an empty 400.
  const strict = getRequestListener(app.fetch, { errorHandler: listenerError })
  // An HTTP/1.0 request may leave Host out (some health checks do): the listening address stands in for it.
  const lenient = getRequestListener(app.fetch, { hostname: host, errorHandler: listenerError })
  const server = createServer(
    // Node answers a request without Host with a bare 400 of its own; the listener answers it with a problem.
    { requireHostHeader: false },
    // An absolute-form target (as proxies send) is served as its path at the host it names, as the site serves it.
    // HTTP/1.1 requires Host (RFC 9112 §3.2): without one, the strict listener answers a 400 problem.
    (request, response) => {
      if (!toOriginForm(request)) return refuseAbsoluteTarget(response)
      return (request.httpVersion === '1.0' ? lenient : strict)(request, response)
    },
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  answerClientErrors(server)
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    host: address.address,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        if ('closeAllConnections' in server) server.closeAllConnections()
      })
      await pool?.close()
    },
  }
}
