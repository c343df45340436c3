// The API's answer to a request Node's HTTP parser refuses: a problem document, as every other error gets.
import type { Server } from 'node:http'
import { maxHeaderSize } from 'node:http'
import { answerClientErrors as answerWith, type RefusedRequest } from '@whosaid/server/client-error'
import { ApiError, toProblem } from './errors.ts'

/** The API's words for each refused request. */
const DETAILS: Record<RefusedRequest['problem'], (refused: RefusedRequest) => string> = {
  'headers-too-large': (refused) =>
    `The request line and headers are over ${refused.headerLimit} bytes: shorten the URL or the headers.`,
  'request-timeout': () => 'The request did not arrive in time.',
  'bad-request': () => 'The request is not valid HTTP/1.1.',
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
