import { storeAnalysis } from '@whosaid/store'
import { makeAnalysis, testBackends } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'

const TOKEN = 'test-token-0123456789'
const AUTH = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }

// Curation through the API: merge, split and a registry of known actors, with the write token, on both backends.
describe.each(testBackends())('actor curation over $name', (backend) => {
  let opened: Awaited<ReturnType<(typeof backend)['open']>>
  let app: ReturnType<typeof createApp>
  const post = (path: string, body: unknown, headers: Record<string, string> = AUTH) =>
    app.request(path, { method: 'POST', headers, body: JSON.stringify(body) })
  let meadowsArticle = ''
  let lavrovArticle = ''
  const statementsOf = async (id: string) => {
    const response = await app.request(`/v1/actors/${id}/statements`)
    const items = response.status === 200 ? ((await response.json()) as { items: unknown[] }).items : []
    return [response.status, response.headers.get('location'), items.length]
  }

  beforeAll(async () => {
    opened = await backend.open()
    app = createApp({ store: opened.store, token: TOKEN, onInternalError: () => {} })
    const articles: [string, string, string][] = [
      ['Mark Meadows said the memo was accurate.', 'person:mark-meadows', 'Mark Meadows'],
      ['Meadows said the memo stands.', 'person:meadows', 'Meadows'],
      ['Jim Jordan said the hearing ends.', 'person:jim-jordan', 'Jim Jordan'],
      ['Sergei Lavrov said the talks go on.', 'person:sergei-lavrov', 'Sergei Lavrov'],
    ]
    for (const [text, id, name] of articles) {
      const content = text.slice(text.indexOf('said ') + 5, -1)
      const { analysis } = await storeAnalysis(
        opened.store,
        makeAnalysis(text, {
          actors: [{ id, kind: 'person', names: [name] }],
          statements: [{ speaker: id, content, cue: 'said' }],
        }),
      )
      if (id === 'person:meadows') meadowsArticle = analysis.article.id
      if (id === 'person:sergei-lavrov') lavrovArticle = analysis.article.id
    }
  })
  afterAll(() => opened.dispose())

  it.each([
    ['no token', '/v1/actors/person:meadows/split', {}, { 'Content-Type': 'application/json' }, 401],
    ['a body that is not the schema', '/v1/actors/person:meadows/merge', { to: 'person:x' }, AUTH, 400],
    ['a bad actor id', '/v1/actors/person:meadows/merge', { into: 'Mark Meadows' }, AUTH, 400],
    ['an unknown actor', '/v1/actors/person:nobody/merge', { into: 'person:jim-jordan' }, AUTH, 404],
    ['a split of a canonical actor', '/v1/actors/person:jim-jordan/split', {}, AUTH, 409],
    ['a registry entry without a kind', '/v1/actors/import', [{ id: 'person:a-b', name: 'A B' }], AUTH, 400],
  ])('refuses %s', async (_what, path, body, headers, status) => {
    const response = await post(path, body, headers)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('gives the stored analysis canonical ids, the extracted ones beside them', async () => {
    const analysis = (await (await app.request(`/v1/articles/${meadowsArticle}`)).json()) as {
      actors: { id: string; extractedId?: string }[]
      statements: { speaker: string; extractedSpeaker?: string }[]
    }
    expect(analysis.actors[0]).toMatchObject({ id: 'person:mark-meadows', extractedId: 'person:meadows' })
    expect(analysis.statements[0]).toMatchObject({
      speaker: 'person:mark-meadows',
      extractedSpeaker: 'person:meadows',
    })
  })

  it('splits a merged actor off and merges it back', async () => {
    const split = await post('/v1/actors/person:meadows/split', {})
    expect(split.status).toBe(200)
    expect(await split.json()).toMatchObject({ id: 'person:meadows', articleCount: 1, statementCount: 1 })
    expect((await app.request('/v1/actors/person:meadows')).status).toBe(200)
    // Split off, the old id answers its own statements, and its canonical actor keeps only its own.
    expect(await statementsOf('person:meadows')).toEqual([200, null, 1])
    expect(await statementsOf('person:mark-meadows')).toEqual([200, null, 1])

    const merged = await post('/v1/actors/person:meadows/merge', { into: 'person:mark-meadows' })
    expect(merged.status).toBe(200)
    expect(await merged.json()).toMatchObject({
      id: 'person:mark-meadows',
      articleCount: 2,
      names: expect.arrayContaining(['Meadows', 'Mark Meadows']),
    })
    const redirect = await app.request('/v1/actors/person:meadows')
    expect(redirect.status).toBe(308)
    expect(redirect.headers.get('location')).toBe('/v1/actors/person%3Amark-meadows')
    expect(await statementsOf('person:meadows')).toEqual([
      308,
      '/v1/actors/person%3Amark-meadows/statements',
      0,
    ])
    expect(await statementsOf('person:mark-meadows')).toEqual([200, null, 2])
    expect((await post('/v1/actors/person:meadows/merge', { into: 'person:mark-meadows' })).status).toBe(409)
  })

  it('imports a registry: its actors show their Wikidata item, and stored actors it names join them', async () => {
    const registry = [
      {
        id: 'person:sergey-lavrov',
        name: 'Sergey Lavrov',
        kind: 'person',
        aliases: ['Sergei Lavrov', 'Lavrov'],
        role: 'Minister of Foreign Affairs',
        affiliation: 'country:russia',
        wikidata: 'Q3321',
      },
    ]
    const response = await post('/v1/actors/import', registry)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ created: 1, updated: 0, joined: 1 })
    const actor = await app.request('/v1/actors/person:sergey-lavrov')
    expect(await actor.json()).toMatchObject({
      wikidata: 'Q3321',
      articleCount: 1,
      statementCount: 1,
      role: 'Minister of Foreign Affairs',
    })
    expect((await app.request('/v1/actors/person:sergei-lavrov')).status).toBe(308)
    // The article that named him under another id gives his canonical id and his item.
    const analysis = (await (await app.request(`/v1/articles/${lavrovArticle}`)).json()) as {
      actors: { id: string; extractedId?: string; wikidata?: string }[]
    }
    expect(analysis.actors).toEqual([
      expect.objectContaining({
        id: 'person:sergey-lavrov',
        extractedId: 'person:sergei-lavrov',
        wikidata: 'Q3321',
      }),
    ])
  })
})
