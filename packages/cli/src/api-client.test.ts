import type { IncomingMessage, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiTarget, checkApi, isFatalApiError, retryWaitSeconds, sendArticle } from './api-client.ts'
import { CliError } from './cli-error.ts'
import { startWebServer, type WebServer } from './testing/web-server.ts'

const TOKEN = 'a-test-token-of-some-length'

/** A problem+json answer, as the API gives. */
function problem(response: ServerResponse, status: number, code: string, detail: string): void {
  response.writeHead(status, { 'content-type': 'application/problem+json' })
  response.end(JSON.stringify({ type: `urn:whosaid:problem:${code}`, title: 'Error', status, detail, code }))
}

/** Reads a request's JSON body. */
async function bodyOf(request: IncomingMessage): Promise<{ text: string; url?: string }> {
  let body = ''
  for await (const chunk of request) body += chunk
  return JSON.parse(body)
}

let server: WebServer
let busyOnce = true
const received: { authorization: string | undefined; body: { text: string; url?: string } }[] = []

// A stand-in for POST /v1/articles: the first word of the text says how it answers.
beforeAll(async () => {
  server = await startWebServer({
    '/healthz': { type: 'application/json', body: '{"status":"ok"}' },
    '/v1/articles': async (request, response) => {
      if (request.headers.authorization !== `Bearer ${TOKEN}`) {
        return problem(response, 401, 'unauthorized', 'Send Authorization: Bearer <WHOSAID_API_TOKEN>.')
      }
      const body = await bodyOf(request)
      received.push({ authorization: request.headers.authorization, body })
      const word = body.text.split(' ')[0]
      if (word === 'busy' && busyOnce) {
        busyOnce = false
        response.writeHead(429, { 'retry-after': '1' })
        return response.end()
      }
      if (word === 'empty') return problem(response, 422, 'no-article-text', 'The page has no article text.')
      response.writeHead(word === 'again' ? 200 : 201, { 'content-type': 'application/json' })
      response.end('{}')
    },
  })
})
afterAll(() => server.close())

const target = (token: string | undefined): ApiTarget => ({
  url: server.url('').replace(/\/$/, ''),
  token,
  tokenSource: token === undefined ? undefined : 'WHOSAID_API_TOKEN',
  timeoutSeconds: 15,
})
const article = (text: string) => ({ label: 'a.txt', text, meta: { url: 'https://example.com/a' } })

describe('sendArticle', () => {
  it('sends the text, its metadata and the token; answers 201 as new and 200 as already stored', async () => {
    expect(await sendArticle(target(TOKEN), article('new story'))).toEqual({ created: true })
    expect(await sendArticle(target(TOKEN), article('again story'))).toEqual({ created: false })
    expect(received[0]).toEqual({
      authorization: `Bearer ${TOKEN}`,
      body: { text: 'new story', url: 'https://example.com/a' },
    })
  })

  it('tries a 429 again after the Retry-After it names', async () => {
    expect(await sendArticle(target(TOKEN), article('busy story'))).toEqual({ created: true })
    // Sent twice: the first answered 429, the second stored it.
    expect(received.filter(({ body }) => body.text === 'busy story')).toHaveLength(2)
  })

  it('names the article and the problem of any other refusal, and goes on', async () => {
    const error = await sendArticle(target(TOKEN), article('empty page')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).toLine()).toBe(
      'whosaid: a.txt: the API answered HTTP 422 no-article-text: The page has no article text.',
    )
    expect(isFatalApiError(error)).toBe(false)
  })

  it('ends the ingest when the token is refused, saying how to give one', async () => {
    const error = await sendArticle(target(undefined), article('new')).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'unauthorized', file: target(TOKEN).url })
    expect((error as CliError).message).toBe(
      'HTTP 401: no token was sent: set WHOSAID_API_TOKEN to the token the server was started with',
    )
    expect(isFatalApiError(error)).toBe(true)
  })
})

describe('checkApi', () => {
  it('passes for an API that answers /healthz', async () => {
    await expect(checkApi(target(TOKEN))).resolves.toBeUndefined()
  })

  it('fails once, naming the API, when nothing listens there', async () => {
    const closed = await startWebServer({})
    const url = closed.url('').replace(/\/$/, '')
    await closed.close()
    const error = await checkApi({ ...target(TOKEN), url }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'unreachable', file: url })
    expect((error as CliError).message).toMatch(/^cannot reach the whosaid API \(ECONNREFUSED\)/)
    expect(isFatalApiError(error)).toBe(true)
  })
})

describe('retryWaitSeconds', () => {
  it.each([
    [429, '3', 1, 3],
    [503, null, 1, 1],
    [429, '0', 2, 1],
    [429, '3600', 1, 30],
    [429, 'Wed, 21 Oct 2026 07:28:00 GMT', 1, 1],
    [429, '3', 5, undefined],
    [500, '3', 1, undefined],
    [401, null, 1, undefined],
  ])('status %i, Retry-After %j, try %i: %j', (status, retryAfter, attempt, seconds) => {
    expect(retryWaitSeconds(status, retryAfter, attempt)).toBe(seconds)
  })
})
