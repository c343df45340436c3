// What a Node server answers for a request its HTTP parser refuses (a URL or headers over `maxHeaderSize`,
// malformed HTTP, a timeout), before any handler runs: the API a problem document, the site a short page.
import { maxHeaderSize, type Server } from 'node:http'
import type { Duplex } from 'node:stream'

/** A request Node's HTTP parser refused, as the status it gets and the problem in a word. */
export type RefusedRequest =
  | {
      status: 431
      reason: 'Request Header Fields Too Large'
      problem: 'headers-too-large'
      headerLimit: number
    }
  | { status: 408; reason: 'Request Timeout'; problem: 'request-timeout'; headerLimit: number }
  | { status: 400; reason: 'Bad Request'; problem: 'bad-request'; headerLimit: number }
  | { status: 405; reason: 'Method Not Allowed'; problem: 'method-not-allowed'; headerLimit: number }

/** What the server says about a refused request: a body and its media type. */
export type RefusalAnswer = { contentType: string; body: string }

/** How `answerClientErrors` answers: the methods the server serves, and its header limit. */
export type ClientErrorOptions = {
  /** The methods the server serves, which a 405 names in its `Allow` header (RFC 9110 §15.5.6 requires one). */
  allow: readonly string[]
  /** The size of request line and headers the server allows, in bytes (default: Node's `maxHeaderSize`). */
  headerLimit?: number | undefined
}

/**
 * The refused request behind a Node `clientError` code; `headerLimit` is the size of request line and headers
 * the server allows, in bytes.
 * @example refusedRequest('HPE_HEADER_OVERFLOW', 16_384).status // 431
 */
export function refusedRequest(errorCode: string | undefined, headerLimit: number): RefusedRequest {
  switch (errorCode) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        problem: 'headers-too-large',
        headerLimit,
      }
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return { status: 408, reason: 'Request Timeout', problem: 'request-timeout', headerLimit }
    default:
      return { status: 400, reason: 'Bad Request', problem: 'bad-request', headerLimit }
  }
}

/**
 * Writes the answer to a refused request to its socket and closes the connection; a 405 names the methods
 * `allow` lists.
 */
function refuse(
  socket: Duplex,
  refused: RefusedRequest,
  answer: (refused: RefusedRequest) => RefusalAnswer,
  allow: readonly string[],
) {
  const { contentType, body } = answer(refused)
  socket.end(
    [
      `HTTP/1.1 ${refused.status} ${refused.reason}`,
      ...(refused.status === 405 ? [`Allow: ${allow.join(', ')}`] : []),
      `Content-Type: ${contentType}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  )
}

/**
 * Makes a Node server answer the requests its HTTP parser refuses with `answer`'s body, instead of Node's bare
 * status line; and a CONNECT (which Node gives no handler: it would close the connection without a word) with
 * 405 that names the methods the server serves. They never reach the server's handler, so the answer is written
 * to the socket here, and the connection is closed.
 * @example
 * answerClientErrors(server, (refused) => ({ contentType: 'text/plain', body: refused.reason }), {
 *   allow: ['GET', 'HEAD'],
 * })
 */
export function answerClientErrors(
  server: Server,
  answer: (refused: RefusedRequest) => RefusalAnswer,
  options: ClientErrorOptions,
): void {
  const { allow, headerLimit = maxHeaderSize } = options
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    // Nothing can be said on a connection the client closed or one a response is already being written to.
    if (
      error.code === 'ECONNRESET' ||
      !socket.writable ||
      (socket as { _httpMessage?: unknown })._httpMessage
    ) {
      socket.destroy()
      return
    }
    refuse(socket, refusedRequest(error.code, headerLimit), answer, allow)
  })
  server.on('connect', (_request: unknown, socket: Duplex) => {
    refuse(
      socket,
      { status: 405, reason: 'Method Not Allowed', problem: 'method-not-allowed', headerLimit },
      answer,
      allow,
    )
  })
}
