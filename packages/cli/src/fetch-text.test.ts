import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CliError } from './cli-error.ts'
import { checkUrl, fetchText } from './fetch-text.ts'
import { startWebServer, type WebServer } from './testing/web-server.ts'

let server: WebServer
const limits = { timeoutSeconds: 1, maxBytes: 1000 }

beforeAll(async () => {
  server = await startWebServer({
    '/page': { body: '<p>Ann said yes.</p>' },
    '/latin1': { type: 'text/html; charset=ISO-8859-1', body: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
    '/moved': (_request, response) => {
      response.writeHead(302, { location: '/page' })
      response.end()
    },
    '/gone': { status: 410, body: 'gone' },
    '/empty': { body: '' },
    '/binary': { type: 'application/octet-stream', body: new Uint8Array([0x41, 0, 0x42]) },
    '/big': { body: 'x'.repeat(1001) },
    '/big-chunked': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      for (let i = 0; i < 4; i++) response.write('y'.repeat(400))
      response.end()
    },
    // Answers nothing until the server closes.
    '/slow': () => {},
    // Sends headers and a first chunk, then stalls: the time limit covers the body too.
    '/slow-body': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<p>The start')
    },
  })
})

afterAll(() => server.close())

describe('fetchText', () => {
  it.each([
    ['/page', '<p>Ann said yes.</p>'],
    ['/latin1', 'café'],
    ['/moved', '<p>Ann said yes.</p>'],
  ])('reads %s', async (path, text) => {
    expect((await fetchText(server.url(path), limits)).text).toBe(text)
  })

  it('answers the URL it ended at after redirects', async () => {
    expect((await fetchText(server.url('/moved'), limits)).url).toBe(server.url('/page'))
  })

  it.each([
    ['/missing', 'http-status', 'HTTP 404 Not Found'],
    ['/gone', 'http-status', 'HTTP 410 Gone'],
    ['/empty', 'empty', 'is empty'],
    ['/binary', 'binary', 'looks binary'],
    ['/big', 'too-large', 'larger than the limit of 1000 bytes'],
    ['/big-chunked', 'too-large', 'larger than the limit of 1000 bytes'],
    ['/slow', 'timeout', 'timed out after 1 s'],
    ['/slow-body', 'timeout', 'timed out after 1 s'],
  ])('fails %s with %s: %s', async (path, code, message) => {
    const error = await fetchText(server.url(path), limits).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CliError)
    expect(error).toMatchObject({ code, file: server.url(path) })
    expect((error as CliError).message).toContain(message)
  })

  it('names a refused connection as a network error', async () => {
    const closed = await startWebServer({})
    const url = closed.url('/')
    await closed.close()
    await expect(fetchText(url, limits)).rejects.toMatchObject({ code: 'network', file: url })
  })
})

describe('checkUrl', () => {
  it.each([
    ['https://example.com/a', undefined],
    ['http://127.0.0.1:8080/feed.xml', undefined],
    ['ftp://example.com/a', 'only http and https URLs can be fetched, not ftp:'],
    ['file:///etc/passwd', 'only http and https URLs can be fetched, not file:'],
    ['http://', 'is not a valid URL'],
  ])('%s', (url, message) => {
    if (message === undefined) expect(() => checkUrl(url)).not.toThrow()
    else expect(() => checkUrl(url)).toThrow(message)
  })
})
