// Requests Node's HTTP parser refuses get the caller's answer, with a status line and headers that fit it.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerClientErrors, refusedRequest } from './client-error.ts'

/** Sends raw bytes to the server and answers everything it writes back before closing. */
async function rawRequest(server: Server, request: string): Promise<string> {
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1')
  socket.end(request)
  return Buffer.concat(await socket.toArray()).toString('utf8')
}

describe('refusedRequest', () => {
  it.each([
    { code: 'HPE_HEADER_OVERFLOW', status: 431, problem: 'headers-too-large' },
    { code: 'ERR_HTTP_REQUEST_TIMEOUT', status: 408, problem: 'request-timeout' },
    { code: 'ERR_HTTP_HEADERS_TIMEOUT', status: 408, problem: 'request-timeout' },
    { code: 'HPE_INVALID_METHOD', status: 400, problem: 'bad-request' },
    { code: undefined, status: 400, problem: 'bad-request' },
  ])('gives $code a $status ($problem)', ({ code, status, problem }) => {
    expect(refusedRequest(code, 16_384)).toMatchObject({ status, problem, headerLimit: 16_384 })
  })
})

describe('answerClientErrors', () => {
  const server = createServer((_request, response) => {
    response.end('the handler')
  })
  beforeAll(async () => {
    answerClientErrors(
      server,
      (refused) => ({
        contentType: 'text/plain; charset=utf-8',
        body: `${refused.problem} (limit ${refused.headerLimit}) ✓`,
      }),
      { allow: ['GET', 'HEAD'] },
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it.each([
    {
      name: 'a URL over the header limit',
      request: `GET /?q=${'a'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      statusLine: 'HTTP/1.1 431 Request Header Fields Too Large',
      body: 'headers-too-large',
      allow: [],
    },
    {
      name: 'headers over the header limit',
      request: `GET / HTTP/1.1\r\nHost: x\r\nX-Padding: ${'c'.repeat(17_000)}\r\n\r\n`,
      statusLine: 'HTTP/1.1 431 Request Header Fields Too Large',
      body: 'headers-too-large',
      allow: [],
    },
    {
      name: 'a request that is not HTTP',
      request: 'HELLO\r\n\r\n',
      statusLine: 'HTTP/1.1 400 Bad Request',
      body: 'bad-request',
      allow: [],
    },
    {
      name: 'a CONNECT, which Node gives no handler',
      request: 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n',
      statusLine: 'HTTP/1.1 405 Method Not Allowed',
      body: 'method-not-allowed',
      // RFC 9110 §15.5.6: a 405 names the methods the target does serve.
      allow: ['Allow: GET, HEAD'],
    },
  ])('answers $name with its status and the given body', async ({ request, statusLine, body, allow }) => {
    const answer = await rawRequest(server, request)
    const [head = '', content = ''] = answer.split('\r\n\r\n')
    const [line, ...headers] = head.split('\r\n')
    expect(line).toBe(statusLine)
    expect(headers).toEqual([
      ...allow,
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(content)}`,
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      'Connection: close',
    ])
    expect(content).toContain(body)
    expect(content).toContain('✓')
  })

  it('leaves a request within the limits to the handler', async () => {
    const answer = await rawRequest(server, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(answer.startsWith('HTTP/1.1 200 OK')).toBe(true)
    expect(answer.endsWith('the handler')).toBe(true)
  })
})
