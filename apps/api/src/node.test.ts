// The Node server around the app: what it answers before a route runs, and whom its rate limit counts.
import { connect } from 'node:net'
import { openStore, type Store } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SERVED_METHODS } from './client-error.ts'
import { ProblemSchema } from './errors.ts'
import { type RunningServer, serve } from './node.ts'

/** Sends raw bytes to the server and answers everything it writes back before closing. */
function rawRequest(server: RunningServer, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, server.host)
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk) => {
      answer += chunk
    })
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
    socket.end(request)
  })
}

/** Splits a raw HTTP answer into its status, lower-cased headers and body. */
function parseAnswer(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  )
  return { status: Number(statusLine.split(' ')[1]), headers, body }
}

describe('the Node server', () => {
  let store: Store
  const servers: RunningServer[] = []
  const start = async (options: Partial<Parameters<typeof serve>[0]> = {}) => {
    const server = await serve({ store, port: 0, host: '127.0.0.1', ...options })
    servers.push(server)
    return server
  }
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
  })
  afterAll(async () => {
    for (const server of servers) await server.close()
    await store?.close()
  })

  it.each([
    {
      name: 'a URL over 16 KB',
      path: `/v1/articles?q=${'a'.repeat(17_000)}`,
      headers: '',
      status: 431,
      code: 'headers-too-large',
    },
    {
      name: 'a URL of 64 KB',
      path: `/v1/search?q=${'b'.repeat(65_536)}`,
      headers: '',
      status: 431,
      code: 'headers-too-large',
    },
    {
      name: 'headers over 16 KB',
      path: '/healthz',
      headers: `X-Padding: ${'c'.repeat(17_000)}\r\n`,
      status: 431,
      code: 'headers-too-large',
    },
  ])('answers $name with a $status problem', async ({ path, headers, status, code }) => {
    const server = await start()
    const answer = parseAnswer(
      await rawRequest(server, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`),
    )
    expect(answer.status).toBe(status)
    expect(answer.headers['content-type']).toBe('application/problem+json')
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body))
    expect(ProblemSchema.parse(JSON.parse(answer.body))).toMatchObject({ status, code })
  })

  it('answers a request that is not HTTP with a 400 problem', async () => {
    const server = await start()
    const answer = parseAnswer(await rawRequest(server, 'HELLO\r\n\r\n'))
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toMatchObject({ status: 400, code: 'bad-request' })
  })

  it.each([
    {
      name: 'no Host header',
      request: 'GET /v1/articles HTTP/1.1\r\nConnection: close\r\n\r\n',
      status: 400,
    },
    {
      name: 'a Host that is not a host',
      request: 'GET /v1/articles HTTP/1.1\r\nHost: a/b@c\r\n\r\n',
      status: 400,
    },
    { name: 'the asterisk target', request: 'GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', status: 400 },
    {
      name: 'a CONNECT',
      request: 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n',
      status: 405,
      // RFC 9110 §15.5.6: a 405 names the methods the server does serve.
      allow: 'GET, HEAD, POST, OPTIONS',
    },
  ])('answers $name with a $status problem', async ({ request, status, allow }) => {
    const server = await start()
    const answer = parseAnswer(await rawRequest(server, request))
    expect(answer.status).toBe(status)
    expect(answer.headers['content-type']).toBe('application/problem+json')
    expect(answer.headers.allow).toBe(allow)
    expect(ProblemSchema.parse(JSON.parse(answer.body))).toMatchObject({ status })
  })

  it.each([
    { method: 'GET', path: '/healthz', headers: {}, served: true },
    { method: 'HEAD', path: '/healthz', headers: {}, served: true },
    { method: 'POST', path: '/v1/articles', headers: { 'Content-Type': 'application/json' }, served: true },
    {
      method: 'OPTIONS',
      path: '/v1/articles',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'POST' },
      served: true,
    },
    { method: 'DELETE', path: '/v1/articles', headers: {}, served: false },
    { method: 'PUT', path: '/v1/articles', headers: { 'Content-Type': 'application/json' }, served: false },
  ])('a 405 names $method only if a route serves it ($served)', async ({ method, path, headers, served }) => {
    expect(SERVED_METHODS.includes(method as (typeof SERVED_METHODS)[number])).toBe(served)
    const server = await start()
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(method === 'POST' || method === 'PUT' ? { body: '{}' } : {}),
    })
    await response.arrayBuffer()
    // A route answers (a POST without a token is refused, 403); a method no route serves gets a 404.
    expect(response.status === 404).toBe(!served)
  })

  it.each([
    { target: 'http://127.0.0.1/healthz', host: 'proxy.test', status: 200 },
    { target: 'HTTP://127.0.0.1:8787/v1/articles?limit=1', host: 'proxy.test', status: 200 },
    { target: 'https://127.0.0.1', host: '127.0.0.1', status: 404 },
    { target: 'http://user@127.0.0.1/healthz', host: '127.0.0.1', status: 400 },
    { target: 'http:///healthz', host: '127.0.0.1', status: 400 },
  ])(
    'answers the absolute-form target $target as the site does: $status',
    async ({ target, host, status }) => {
      const server = await start()
      const request = `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`
      const answer = parseAnswer(await rawRequest(server, request))
      expect(answer.status).toBe(status)
      if (status !== 200) expect(answer.headers['content-type']).toBe('application/problem+json')
    },
  )

  it.each(['GET /v1/articles HTTP/1.0\r\n\r\n', 'GET /healthz HTTP/1.0\r\n\r\n'])(
    'serves an HTTP/1.0 request without Host (%j)',
    async (request) => {
      const server = await start()
      expect(parseAnswer(await rawRequest(server, request)).status).toBe(200)
    },
  )

  it('still answers a URL under the limit itself', async () => {
    const server = await start()
    const response = await fetch(`${server.url}/v1/actors?q=${'d'.repeat(600)}`)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 'invalid-request' })
  })

  /** The statuses of requests sent with these X-Forwarded-For values, in order. */
  async function statuses(server: RunningServer, forwarded: (string | undefined)[]): Promise<number[]> {
    const answers: number[] = []
    for (const address of forwarded) {
      const headers: Record<string, string> = address ? { 'X-Forwarded-For': address } : {}
      const response = await fetch(`${server.url}/v1/actors`, { headers })
      await response.arrayBuffer()
      answers.push(response.status)
    }
    return answers
  }

  it('counts each reader a trusted proxy names on its own', async () => {
    const server = await start({ rateLimit: 2, trustedProxies: ['127.0.0.1'] })
    const readerA = '203.0.113.7'
    const readerB = '198.51.100.9'
    expect(
      await statuses(server, [readerA, readerA, readerA, readerB, readerB, `6.6.6.6, ${readerB}`]),
    ).toEqual([200, 200, 429, 200, 200, 429])
  })

  it('counts requests by their own address when the sender is not a trusted proxy', async () => {
    const server = await start({ rateLimit: 2, trustedProxies: ['10.9.9.9'] })
    expect(await statuses(server, ['203.0.113.7', '198.51.100.9', '192.0.2.1'])).toEqual([200, 200, 429])
  })
})
