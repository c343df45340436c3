import { mergeActors, openStore, type Store, storeAnalysis } from '@whosaid/store'
import { makeAnalysis } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'

// An actor id that resolution or a curator merged into another answers 308 with the canonical actor's address.
describe('merged actor ids', () => {
  let store: Store
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    store = await openStore({ dataDir: ':memory:' })
    app = createApp({ store, token: 'test-token-0123456789', onInternalError: () => {} })
    const articles: [string, string, string][] = [
      ['Mark Meadows said the memo was accurate.', 'person:mark-meadows', 'Mark Meadows'],
      ['Meadows said the memo stands.', 'person:meadows', 'Meadows'],
      ['Jim Jordan said the hearing ends.', 'person:jim-jordan', 'Jim Jordan'],
      ['Rep Jordan said the hearing goes on.', 'person:rep-jordan-x', 'Rep Jordan X'],
    ]
    for (const [text, id, name] of articles) {
      await storeAnalysis(store, makeAnalysis(text, { actors: [{ id, kind: 'person', names: [name] }] }))
    }
  }, 600_000)
  afterAll(() => store.close())

  it.each([
    ['person:meadows', 308, '/v1/actors/person%3Amark-meadows'],
    ['person:mark-meadows', 200, null],
    ['person:nobody', 404, null],
  ])('GET /v1/actors/%s → %i', async (id, status, location) => {
    const response = await app.request(`/v1/actors/${id}`)
    expect(response.status).toBe(status)
    expect(response.headers.get('location')).toBe(location)
  })

  it('redirects an id a curator merged', async () => {
    expect((await app.request('/v1/actors/person:rep-jordan-x')).status).toBe(200)
    expect(await mergeActors(store, 'person:rep-jordan-x', 'person:jim-jordan')).toBe(true)
    const response = await app.request('/v1/actors/person:rep-jordan-x')
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/v1/actors/person%3Ajim-jordan')
    const detail = (await (await app.request('/v1/actors/person:jim-jordan')).json()) as {
      aliases: string[]
      articleCount: number
    }
    expect(detail).toMatchObject({ aliases: ['Rep Jordan X'], articleCount: 2 })
  })
})
