// The API's answer to a request Node's HTTP parser refuses: a problem document, as every other error gets.
import type { Server, ServerResponse } from 'node:http'
import { maxHeaderSize } from 'node:http'
import { RequestError } from '@hono/node-server'
import { answerClientErrors as answerWith, type RefusedRequest } from '@whosaid/server/client-error'
import { ApiError, toProblem } from './errors.ts'

/** The API's words for each refused request. */
const DETAILS: Record<RefusedRequest['problem'], (refused: RefusedRequest) => string> = {
  'headers-too-large': (refused) =>
    `The request line and headers are over ${refused.headerLimit} bytes: shorten the URL or the headers.`,
  'request-timeout': () => 'The request did not arrive in time.',
  'bad-request': () => 'The request is not valid HTTP/1.1.',
  'method-not-allowed': () => 'The API does not tunnel: CONNECT is not allowed.',
}

/**
 * The methods the API serves: its routes' GET and POST, the HEAD Hono answers for every GET, and the OPTIONS of
 * a CORS preflight. A 405 names them in its `Allow` header.
 */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const

/**
 * Makes a Node server answer the requests its HTTP parser refuses (a URL or headers over `maxHeaderSize`,
 * malformed HTTP, a timeout) with the API's `application/problem+json`, instead of Node's bare status line; a
 * CONNECT gets a 405 that names SERVED_METHODS.
 * @example answerClientErrors(server)
 */
export function answerClientErrors(server: Server, headerLimit: number = maxHeaderSize): void {
  answerWith(
    server,
    (refused) => ({
      contentType: 'application/problem+json',
      body: JSON.stringify(
        toProblem(new ApiError(refused.status, refused.problem, DETAILS[refused.problem](refused))),
      ),
    }),
    { allow: SERVED_METHODS, headerLimit },
  )
}

/** A problem document as a Response. */
function problemResponse(error: ApiError): Response {
  return new Response(JSON.stringify(toProblem(error)), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json', 'X-Content-Type-Options': 'nosniff' },
  })
}

/**
 * The answer when @hono/node-server's listener fails outside the app: a 400 problem for a request it cannot turn
 * into a `Request` (no `Host`, a `Host` that is not a host, a target such as `*`), where it would answer an
 * empty 400; a 500 problem for anything else (the app answers its own errors, so this is not expected).
 * @example listenerError(new RequestError('Missing host header')).status // 400
 */
export function listenerError(error: unknown): Response {
  if (error instanceof RequestError)
    return problemResponse(
      new ApiError(
        400,
        'bad-request',
        'The request needs a valid Host header and a path that starts with /.',
      ),
    )
  return problemResponse(new ApiError(500, 'internal', 'Something went wrong on our side.'))
}

/**
 * Answers a request whose absolute-form target names no host (`GET http://user@host/`: see `toOriginForm`) with a
 * 400 problem, as the site answers it with a 400 page.
 * @example if (!toOriginForm(request)) return refuseAbsoluteTarget(response)
 */
export function refuseAbsoluteTarget(response: ServerResponse): void {
  const body = JSON.stringify(
    toProblem(
      new ApiError(
        400,
        'bad-request',
        'The absolute URL of the request names no host: send a path that starts with /, or a URL of a host.',
      ),
    ),
  )
  response.writeHead(400, {
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  })
  response.end(body)
}
