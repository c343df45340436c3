// The API's answer to a request Node's HTTP parser refuses: a problem document, as every other error gets.
import type { Server } from 'node:http'
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
 * Makes a Node server answer the requests its HTTP parser refuses (a URL or headers over `maxHeaderSize`,
 * malformed HTTP, a timeout) with the API's `application/problem+json`, instead of Node's bare status line.
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
    headerLimit,
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
