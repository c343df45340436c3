import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

/** A fixed answer: status (default 200), Content-Type, body, and whether to send Content-Length. */
export type Reply = { status?: number; type?: string; body?: string | Uint8Array; length?: boolean }

/** A route: a fixed reply, or a handler for odd behaviour (a stalled body, a redirect). */
export type Route = Reply | ((request: IncomingMessage, response: ServerResponse) => void)

/** A started test server: the absolute URL of a path, the paths requested so far, and a way to stop it. */
export type WebServer = { url: (path: string) => string; requests: string[]; close: () => Promise<void> }

/**
 * Starts a tiny HTTP server on 127.0.0.1 and a random port in 20000-32767, serving fixed routes (404 for
 * others), so that fetching is tested without any other network. Close it when done: it ends every connection.
 * @example const server = await startWebServer({ '/feed.xml': { type: 'application/rss+xml', body: xml } })
 */
export async function startWebServer(routes: Record<string, Route>): Promise<WebServer> {
  const requests: string[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    requests.push(path)
    const route = routes[path]
    if (typeof route === 'function') return route(request, response)
    const {
      status = route ? 200 : 404,
      type = 'text/html; charset=utf-8',
      body = '',
      length = true,
    } = route ?? {}
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body
    response.writeHead(status, {
      'content-type': type,
      ...(length ? { 'content-length': bytes.length } : {}),
    })
    response.end(bytes)
  })
  const port = await listenOnTestPort(server)
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * Starts a server listening on 127.0.0.1 and a random port in 20000-32767 (below the kernel's ephemeral ports),
 * trying another port when one is taken; answers the port.
 * @example const port = await listenOnTestPort(createServer(handler))
 */
export async function listenOnTestPort(server: Server): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_768)
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      })
      return port
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE' || attempt >= 20) throw error
    }
  }
}
