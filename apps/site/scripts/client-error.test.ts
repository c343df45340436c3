// The site's server answers requests it cannot serve with a short page, never a closed connection.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerClientErrors, isAddressable, refuseUnaddressable } from './client-error.ts'

/** Sends raw bytes to the server and answers everything it writes back before closing. */
async function rawRequest(server: Server, request: string): Promise<string> {
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1')
  socket.end(request)
  return Buffer.concat(await socket.toArray()).toString('utf8')
}

describe('isAddressable', () => {
  it.each([
    ['/', 'example.org', true],
    ['/articles?q=x', '127.0.0.1:4321', true],
    ['/', '[::1]:4321', true],
    ['/', 'example.org:80', true],
    ['*', 'example.org', false],
    ['http://example.org/', 'example.org', false],
    ['/', undefined, false],
    ['/', '', false],
    ['/', 'a/b@c', false],
    ['/', 'user@example.org', false],
    ['/', 'example.org:99999', false],
    ['/', 'exa mple.org', false],
  ] as const)('%s with Host %s: %s', (target, host, expected) => {
    expect(isAddressable(target, host)).toBe(expected)
  })
})

describe('the site server', () => {
  const server = createServer(
    { requireHostHeader: false },
    refuseUnaddressable((_request, response) => response.end('the page')),
  )
  beforeAll(async () => {
    answerClientErrors(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it.each([
    ['no Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 'HTTP/1.1 400 Bad Request'],
    [
      'a Host that is not a host',
      'GET / HTTP/1.1\r\nHost: a/b@c\r\nConnection: close\r\n\r\n',
      'HTTP/1.1 400 Bad Request',
    ],
    [
      'the asterisk target',
      'GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'HTTP/1.1 400 Bad Request',
    ],
    [
      'a CONNECT',
      'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n',
      'HTTP/1.1 405 Method Not Allowed',
    ],
    ['a page', 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'HTTP/1.1 200 OK'],
  ])('answers %s', async (_what, request, statusLine) => {
    const answer = await rawRequest(server, request)
    expect(answer.split('\r\n')[0]).toBe(statusLine)
    if (!statusLine.endsWith('OK')) expect(answer).toMatch(/<h1>[^<]+<\/h1>/)
  })
})
