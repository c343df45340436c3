// The site's answer to a request Node's HTTP parser refuses, before Astro sees it: a short page saying what went
// wrong (@whosaid/server writes it to the socket and closes the connection).
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { answerClientErrors as answerWith, type RefusedRequest } from '@whosaid/server/client-error'
import { isHost, toOriginForm } from '@whosaid/server/request-target'

/** What to tell the reader about each refused request. */
const MESSAGES: Record<RefusedRequest['problem'], (refused: RefusedRequest) => string> = {
  'headers-too-large': (refused) =>
    `The address or the headers are over ${refused.headerLimit} bytes: shorten the address.`,
  'request-timeout': () => 'The request did not arrive in time.',
  'bad-request': () => 'The request is not valid HTTP.',
  'method-not-allowed': () => 'The site does not tunnel: CONNECT is not allowed.',
}

/** The methods the site serves (its pages are read, never posted to): a 405 names them in its `Allow` header. */
export const SERVED_METHODS = ['GET', 'HEAD'] as const

/**
 * Makes the site's server answer requests Node's parser refuses (an address over 16 KB, malformed HTTP) with a
 * short page saying what went wrong, instead of Node's bare status line, and a CONNECT with a 405 that names
 * SERVED_METHODS; the connection is then closed.
 * @example answerClientErrors(createServer(handler))
 */
export function answerClientErrors(server: Server): void {
  answerWith(
    server,
    (refused) => ({
      contentType: 'text/html; charset=utf-8',
      body: refusalPage(refused.reason, MESSAGES[refused.problem](refused)),
    }),
    { allow: SERVED_METHODS },
  )
}

/** The short page of a refused request. */
function refusalPage(reason: string, message: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${reason} · whosaid</title><h1>${reason}</h1><p>${message}</p></html>`
}

/** A Node request handler. */
type Handler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * True when a request in origin form names a page the site can build a URL of: a path that starts with `/` and a
 * Host that is a host (with a port or not), and nothing else.
 * @example isAddressable('/', 'example.org:4321') // true
 */
export function isAddressable(target: string | undefined, host: string | undefined): boolean {
  return target?.startsWith('/') === true && isHost(host)
}

/**
 * The handler, serving an absolute-form target (`GET http://host/path`, as proxies send) as its path at the host
 * it names (as the API does), behind a 400 page for a request without a Host, with a Host or an authority that is
 * not a host, or with a target that is not a path (`*`): Astro's adapter cannot build a URL of them and closed the
 * connection without a word.
 * @example createServer({ requireHostHeader: false }, refuseUnaddressable(handler))
 */
export function refuseUnaddressable(handler: Handler): Handler {
  return (request, response) => {
    if (toOriginForm(request) && isAddressable(request.url, request.headers.host))
      return handler(request, response)
    const body = refusalPage(
      'Bad Request',
      'The request needs a valid Host header and a path that starts with / (or an absolute URL of a host).',
    )
    response.writeHead(400, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      Connection: 'close',
    })
    response.end(body)
  }
}
