import type { Server } from 'node:http'
import { maxHeaderSize } from 'node:http'
import type { Duplex } from 'node:stream'
import { ApiError, toProblem } from './errors.ts'

/** Status, code and detail of the problem for an error Node's HTTP parser met before any route could run. */
function problemOf(errorCode: string | undefined, headerLimit: number): ApiError {
  switch (errorCode) {
    case 'HPE_HEADER_OVERFLOW':
      return new ApiError(
        431,
        'headers-too-large',
        `The request line and headers are over ${headerLimit} bytes: shorten the URL or the headers.`,
      )
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return new ApiError(408, 'request-timeout', 'The request did not arrive in time.')
    default:
      return new ApiError(400, 'bad-request', 'The request is not valid HTTP/1.1.')
  }
}

/**
 * Makes a Node server answer the requests its HTTP parser refuses (a URL or headers over `maxHeaderSize`,
 * malformed HTTP, a timeout) with the API's `application/problem+json`, instead of Node's bare status line.
 * They never reach the app, so the answer is written to the socket here, and the connection is closed.
 * @example answerClientErrors(server)
 */
export function answerClientErrors(server: Server, headerLimit: number = maxHeaderSize): void {
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
    const problem = toProblem(problemOf(error.code, headerLimit))
    const body = JSON.stringify(problem)
    socket.end(
      [
        `HTTP/1.1 ${problem.status} ${problem.title}`,
        'Content-Type: application/problem+json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'X-Content-Type-Options: nosniff',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    )
  })
}
