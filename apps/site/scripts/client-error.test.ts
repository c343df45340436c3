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
    ['example.org:443', 'example.org', false],
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
    refuseUnaddressable((request, response) =>
      response.end(`the page ${request.headers.host}${request.url}`),
    ),
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
    [
      'an absolute URL with a user',
      'GET http://user@x/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      'HTTP/1.1 400 Bad Request',
    ],
  ])('answers %s', async (_what, request, statusLine) => {
    const answer = await rawRequest(server, request)
    expect(answer.split('\r\n')[0]).toBe(statusLine)
    if (!statusLine.endsWith('OK')) expect(answer).toMatch(/<h1>[^<]+<\/h1>/)
  })

  it.each([
    [
      'an absolute URL, at its authority over Host',
      'http://example.org/articles?q=x',
      'proxy.test',
      'example.org/articles?q=x',
    ],
    ['an absolute URL without a path', 'HTTPS://example.org:8443', 'proxy.test', 'example.org:8443/'],
    ['a path, at Host', '/articles', 'example.org', 'example.org/articles'],
  ])('serves %s (RFC 9112 §3.2.2)', async (_what, target, host, page) => {
    const answer = await rawRequest(
      server,
      `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    )
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
    expect(answer.endsWith(`the page ${page}`)).toBe(true)
  })

  it('names the methods it serves in the 405 to a CONNECT (RFC 9110 §15.5.6)', async () => {
    const answer = await rawRequest(server, 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n')
    const head = answer.slice(0, answer.indexOf('\r\n\r\n')).split('\r\n')
    expect(head).toContain('Allow: GET, HEAD')
  })
})
