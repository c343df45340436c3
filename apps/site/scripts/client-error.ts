// The site's answer to a request Node's HTTP parser refuses, before Astro sees it: a short page saying what went
// wrong (@whosaid/server writes it to the socket and closes the connection).
import type { Server } from 'node:http'
import { answerClientErrors as answerWith, type RefusedRequest } from '@whosaid/server/client-error'

/** What to tell the reader about each refused request. */
const MESSAGES: Record<RefusedRequest['problem'], (refused: RefusedRequest) => string> = {
  'headers-too-large': (refused) =>
    `The address or the headers are over ${refused.headerLimit} bytes: shorten the address.`,
  'request-timeout': () => 'The request did not arrive in time.',
  'bad-request': () => 'The request is not valid HTTP.',
}

/**
 * Makes the site's server answer requests Node's parser refuses (an address over 16 KB, malformed HTTP) with a
 * short page saying what went wrong, instead of Node's bare status line; the connection is then closed.
 * @example answerClientErrors(createServer(handler))
 */
export function answerClientErrors(server: Server): void {
  answerWith(server, (refused) => ({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>${refused.reason} · whosaid</title><h1>${refused.reason}</h1><p>${MESSAGES[refused.problem](refused)}</p></html>`,
  }))
}
