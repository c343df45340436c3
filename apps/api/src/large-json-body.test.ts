// A large article's body is read by the app's `readJson` (on Node, a thread of the analysis pool): the route takes
// the value and the text's id it answers and never parses the body itself; a body of a news article's size is
// parsed as before. `POST /v1/analyze` (where its limit allows a large body) reads it the same way, and answers
// the JSON its `analyzeJson` made.
import { type AnalyzeOptions, analyze, hashText } from '@whosaid/core'
import { openStore, type Store } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp, DEFAULT_BODY_LIMIT } from './app.ts'
import type { JsonAnalyzer, JsonReader } from './context.ts'
import { LARGE_JSON_BODY, readJsonInline } from './large-json-body.ts'

const TOKEN = 'a-long-secret-token-for-tests'
const HEADERS = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
/** What the stand-in reader answers for any large body: another article than the body's, to tell whose is used. */
const READ_TEXT = 'Ann Lee said the bridge would open in May.'
const LARGE = JSON.stringify({ text: 'A long text. '.repeat(LARGE_JSON_BODY / 10) })

describe('a large JSON body', () => {
  let store: Store
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
  })
  afterAll(async () => {
    await store?.close()
  })

  /** The app with a reader that answers `answer` and an analyzer of short texts, each a spy. */
  function appWith(answer: Awaited<ReturnType<JsonReader>>) {
    const readJson = vi.fn<JsonReader>(async () => answer)
    const analyzer = vi.fn((text: string, options?: AnalyzeOptions) => analyze(text, options))
    return { app: createApp({ store, token: TOKEN, readJson, analyzer }), readJson, analyzer }
  }
  // As a Node server gives it (`app.request` leaves out the length a string body has).
  const post = (app: ReturnType<typeof createApp>, body: string) =>
    app.request('/v1/articles', {
      method: 'POST',
      headers: { ...HEADERS, 'content-length': String(new TextEncoder().encode(body).length) },
      body,
    })

  it('is read by readJson, whose value and text id the route stores (201, then 200 without analyzing)', async () => {
    const answer = { value: { text: READ_TEXT, source: 'Reader' }, textId: `a_${hashText(READ_TEXT)}` }
    const first = appWith(answer)
    const response = await post(first.app, LARGE)
    expect(response.status).toBe(201)
    expect(first.readJson).toHaveBeenCalledOnce()
    expect(new TextDecoder().decode(first.readJson.mock.calls[0]?.[0])).toBe(LARGE)
    const stored = (await response.json()) as { article: { id: string; text: string; source: string } }
    expect(stored.article).toMatchObject({ id: answer.textId, text: READ_TEXT, source: 'Reader' })
    const again = appWith(answer)
    expect((await post(again.app, LARGE)).status).toBe(200)
    expect(again.analyzer).not.toHaveBeenCalled()
  })

  it.each([
    { name: 'not JSON', answer: { malformed: 'Unexpected end' }, code: 'malformed-json', path: undefined },
    {
      name: 'without a text',
      answer: { value: { source: 'x' }, textId: undefined },
      code: 'invalid-request',
      path: ['text'],
    },
    {
      name: 'a page without html',
      answer: { value: { html: 5 }, textId: undefined },
      code: 'invalid-request',
      path: ['html'],
    },
  ])('$name answers 400 $code', async ({ answer, code, path }) => {
    const { app, analyzer } = appWith(answer)
    const response = await post(app, LARGE)
    expect(response.status).toBe(400)
    const problem = (await response.json()) as { code: string; issues?: { path: unknown[] }[] }
    expect(problem.code).toBe(code)
    if (path) expect(problem.issues?.map((issue) => issue.path)).toContainEqual(path)
    expect(analyzer).not.toHaveBeenCalled()
  })

  it('of a news article’s size is parsed by the route as before, never by readJson', async () => {
    const { app, readJson } = appWith({ malformed: 'not asked' })
    const response = await post(app, JSON.stringify({ text: 'Bob Stone said the council denied it.' }))
    expect(response.status).toBe(201)
    expect(readJson).not.toHaveBeenCalled()
  })

  it('is read inline where there is no pool: the same value and id as the route would take', async () => {
    expect(await readJsonInline(new TextEncoder().encode('{"text":"a\\u0000b"}').buffer)).toEqual({
      value: { text: 'a\u0000b' },
      textId: `a_${hashText('a\uFFFDb')}`,
    })
  })

  it.each([
    { name: 'a large body', body: LARGE, read: 1, text: READ_TEXT },
    {
      name: 'a news article’s body',
      body: JSON.stringify({ text: 'Bob Stone said no.' }),
      read: 0,
      text: 'Bob Stone said no.',
    },
  ])(
    'at /v1/analyze: $name is read by readJson only when large, and answered as analyzeJson made it',
    async ({ body, read, text }) => {
      const readJson = vi.fn<JsonReader>(async () => ({ value: { text: READ_TEXT }, textId: undefined }))
      const analyzeJson = vi.fn<JsonAnalyzer>(async (given) =>
        new TextEncoder().encode(JSON.stringify({ given })),
      )
      const app = createApp({ store, readJson, analyzeJson, analyzeLimit: DEFAULT_BODY_LIMIT })
      const response = await app.request('/v1/analyze', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(new TextEncoder().encode(body).length),
        },
        body,
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/json')
      expect(await response.json()).toEqual({ given: text })
      expect(readJson).toHaveBeenCalledTimes(read)
    },
  )

  it('at /v1/analyze: a large body that is not JSON answers 400 malformed-json, with nothing analyzed', async () => {
    const analyzeJson = vi.fn<JsonAnalyzer>()
    const app = createApp({
      store,
      readJson: async () => ({ malformed: 'Unexpected end' }),
      analyzeJson,
      analyzeLimit: DEFAULT_BODY_LIMIT,
    })
    const response = await app.request('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(LARGE.length) },
      body: LARGE,
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { code: string }).code).toBe('malformed-json')
    expect(analyzeJson).not.toHaveBeenCalled()
  })
})
