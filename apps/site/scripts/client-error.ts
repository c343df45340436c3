// What the site's Node server answers for a request its HTTP parser refuses, before Astro sees it.
import { maxHeaderSize, type Server } from 'node:http'
import type { Duplex } from 'node:stream'

/** Status, reason and what to tell the reader, by the parser's error code. */
function answerFor(code: string | undefined): { status: number; reason: string; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      reason: 'Request Header Fields Too Large',
      message: `The address or the headers are over ${maxHeaderSize} bytes: shorten the address.`,
    }
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'ERR_HTTP_HEADERS_TIMEOUT') {
    return { status: 408, reason: 'Request Timeout', message: 'The request did not arrive in time.' }
  }
  return { status: 400, reason: 'Bad Request', message: 'The request is not valid HTTP.' }
}

/**
 * Makes the site's server answer requests Node's parser refuses (an address over 16 KB, malformed HTTP) with a
 * short page saying what went wrong, instead of Node's bare status line; the connection is then closed.
 * @example answerClientErrors(createServer(handler))
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    // Nothing can be said on a connection the client closed, or one a response is already being written to.
    if (
      error.code === 'ECONNRESET' ||
      !socket.writable ||
      (socket as { _httpMessage?: unknown })._httpMessage
    ) {
      socket.destroy()
      return
    }
    const { status, reason, message } = answerFor(error.code)
    const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${reason} · whosaid</title><h1>${reason}</h1><p>${message}</p></html>`
    socket.end(
      [
        `HTTP/1.1 ${status} ${reason}`,
        'Content-Type: text/html; charset=utf-8',
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
