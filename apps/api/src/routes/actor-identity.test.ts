import { mergeActors, openStore, type Store, storeAnalysis } from '@whosaid/store'
import { makeAnalysis, testBackends } from '@whosaid/store/testing'
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

// The lists by actor find what an old, merged id's canonical actor has: the actor's own sub-routes answer 308 to
// the canonical path (query kept), the list filters compare the canonical id.
describe.each(testBackends())('lists by a merged actor id over $name', (backend) => {
  let opened: Awaited<ReturnType<(typeof backend)['open']>>
  let app: ReturnType<typeof createApp>
  const items = async (path: string) =>
    ((await (await app.request(path)).json()) as { items: unknown[] }).items

  beforeAll(async () => {
    opened = await backend.open()
    app = createApp({ store: opened.store, token: 'test-token-0123456789', onInternalError: () => {} })
    const meadows = { id: 'person:mark-meadows', kind: 'person' as const, names: ['Mark Meadows'] }
    const jordan = { id: 'person:jim-jordan', kind: 'person' as const, names: ['Jim Jordan'] }
    await storeAnalysis(
      opened.store,
      makeAnalysis('Mark Meadows said Jim Jordan was wrong about the budget.', {
        actors: [meadows, jordan],
        statements: [
          {
            speaker: meadows.id,
            cue: 'said',
            content: 'Jim Jordan was wrong about the budget',
            target: jordan.id,
            polarity: 'oppose',
          },
        ],
      }),
    )
    await storeAnalysis(
      opened.store,
      makeAnalysis('Meadows said Jordan misled the panel on the budget.', {
        actors: [
          { id: 'person:meadows', kind: 'person', names: ['Meadows'] },
          { id: 'person:jordan', kind: 'person', names: ['Jordan'] },
        ],
        statements: [
          {
            speaker: 'person:meadows',
            cue: 'said',
            content: 'Jordan misled the panel on the budget',
            target: 'person:jordan',
            polarity: 'oppose',
          },
        ],
      }),
    )
  })
  afterAll(() => opened.dispose())

  it.each([
    ['/v1/actors/person:meadows/statements', '/v1/actors/person%3Amark-meadows/statements'],
    ['/v1/actors/person:meadows/statements?limit=1', '/v1/actors/person%3Amark-meadows/statements?limit=1'],
    // Merged into an actor that said nothing: the way there is found without a statement to show it.
    ['/v1/actors/person:jordan/statements', '/v1/actors/person%3Ajim-jordan/statements'],
    [
      '/v1/actors/person:meadows/statements?target=person:jordan&polarity=oppose',
      '/v1/actors/person%3Amark-meadows/statements?target=person:jordan&polarity=oppose',
    ],
  ])('GET %s → 308 %s', async (path, location) => {
    const response = await app.request(path)
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe(location)
  })

  it.each([
    ['/v1/actors/person:mark-meadows/statements', 2],
    ['/v1/actors/person:mark-meadows/statements?target=person:jordan', 2],
    ['/v1/statements?speaker=person:meadows', 2],
    ['/v1/statements?speaker=person:mark-meadows', 2],
    ['/v1/statements?target=person:jordan', 2],
    ['/v1/articles?actor=person:meadows', 2],
    ['/v1/articles?actor=person:jordan', 2],
    ['/v1/relations?actor=person:meadows', 1],
    ['/v1/relations?actor=person:jordan', 1],
    // An id the store never saw still finds nothing, and a stored actor's own id finds only its own.
    ['/v1/actors/person:nobody/statements', 0],
    ['/v1/statements?speaker=person:nobody', 0],
    ['/v1/articles?actor=person:nobody', 0],
    ['/v1/statements?speaker=person:jim-jordan', 0],
  ])('GET %s → %i items', async (path, count) => {
    expect((await app.request(path)).status).toBe(200)
    expect(await items(path)).toHaveLength(count)
  })

  it('pages an actor’s statements one at a time, both pages its own', async () => {
    const first = (await (await app.request('/v1/actors/person:mark-meadows/statements?limit=1')).json()) as {
      items: { id: string; speaker: string }[]
      nextCursor: string | null
    }
    const path = `/v1/actors/person:mark-meadows/statements?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`
    const second = (await (await app.request(path)).json()) as typeof first
    expect([...first.items, ...second.items].map((item) => item.speaker)).toEqual([
      'person:mark-meadows',
      'person:mark-meadows',
    ])
    expect(second.nextCursor).toBeNull()
    expect(new Set([...first.items, ...second.items].map((item) => JSON.stringify(item))).size).toBe(2)
  })
})
