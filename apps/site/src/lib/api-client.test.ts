import { describe, expect, test } from 'vitest'
import { fixtureAnalyses } from '../../test/fixtures.ts'
import { ApiError, createApiClient, withQuery } from './api-client.ts'

function fakeFetch(status: number, body: unknown, seen: string[] = []): typeof fetch {
  return (async (input: string | URL | Request) => {
    seen.push(String(input))
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    return new Response(text, { status, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
}

const [budget] = fixtureAnalyses()

describe('withQuery', () => {
  test.each<[Record<string, string | number | undefined>, string]>([
    [{}, '/v1/x'],
    [{ q: 'a b', limit: 5 }, '/v1/x?q=a+b&limit=5'],
    [{ q: '', actor: undefined }, '/v1/x'],
    [{ actor: 'person:ann-lee' }, '/v1/x?actor=person%3Aann-lee'],
  ])('%j', (query, expected) => {
    expect(withQuery('/v1/x', query)).toBe(expected)
  })
})

describe('createApiClient', () => {
  test('builds URLs from the base and encodes ids', async () => {
    const seen: string[] = []
    const api = createApiClient('http://api.test/', {
      fetch: fakeFetch(200, { items: [], nextCursor: null }, seen),
    })
    await api.listActorStatements('person:ann-lee', { polarity: 'oppose', limit: 5 })
    await api.listStatements({ speaker: 'person:ann-lee', q: '' })
    expect(seen).toEqual([
      'http://api.test/v1/actors/person%3Aann-lee/statements?polarity=oppose&limit=5',
      'http://api.test/v1/statements?speaker=person%3Aann-lee',
    ])
  })

  test('parses a stored analysis', async () => {
    const api = createApiClient('http://api.test', {
      fetch: fakeFetch(200, { ...budget, ingestedAt: '2024-03-04T10:00:00Z' }),
    })
    const analysis = await api.getArticle('a_00000000000000b1')
    expect(analysis.statements).toHaveLength(5)
  })

  test('reads an article stored with a URL the page must not link (the page decides, not the parse)', async () => {
    const article = { ...budget?.article, url: 'javascript:alert(1)' }
    const api = createApiClient('http://api.test', {
      fetch: fakeFetch(200, { ...budget, article, ingestedAt: '2024-03-04T10:00:00Z' }),
    })
    expect((await api.getArticle('a_00000000000000b1')).article.url).toBe('javascript:alert(1)')
  })

  test('sends the headers of the moment with each call', async () => {
    const sent: (string | null)[] = []
    let reader = '203.0.113.7'
    const api = createApiClient('http://api.test', {
      headers: () => ({ 'X-Forwarded-For': reader }),
      fetch: (async (_input: string | URL | Request, init?: RequestInit) => {
        sent.push(new Headers(init?.headers).get('x-forwarded-for'))
        return new Response('{"items":[],"nextCursor":null}', { status: 200 })
      }) as typeof fetch,
    })
    await api.listArticles()
    reader = '198.51.100.9'
    await api.listActors()
    expect(sent).toEqual(['203.0.113.7', '198.51.100.9'])
  })

  test.each<[string, typeof fetch, string, number]>([
    [
      '404',
      fakeFetch(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'no such article' }),
      'not-found',
      404,
    ],
    ['400', fakeFetch(400, { title: 'Bad Request', status: 400 }), 'bad-request', 400],
    ['429', fakeFetch(429, { title: 'Too Many Requests', status: 429 }), 'rate-limited', 429],
    ['500', fakeFetch(500, 'oops'), 'upstream', 502],
    ['not JSON', fakeFetch(200, '<html>'), 'bad-response', 502],
    ['wrong shape', fakeFetch(200, { items: [{ id: 1 }], nextCursor: null }), 'bad-response', 502],
    [
      'connection refused',
      (async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })
      }) as typeof fetch,
      'unavailable',
      503,
    ],
  ])('%s → ApiError %s', async (_name, fetchImpl, code, status) => {
    const api = createApiClient('http://api.test', { fetch: fetchImpl })
    const error = await api.listArticles().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code, status })
  })

  test('a contract mismatch names the path of the first issues', async () => {
    const api = createApiClient('http://api.test', {
      fetch: fakeFetch(200, { items: [{ id: 1 }], nextCursor: null }),
    })
    await expect(api.listArticles()).rejects.toThrow(/items\.0\.id/)
  })
})
