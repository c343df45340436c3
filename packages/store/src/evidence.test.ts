import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAnalysis, testBackends } from '../test/testing.ts'
import type { Store } from './database.ts'
import { storeAnalysis } from './ingest.ts'
import { getActor } from './queries/actors.ts'

/** Two articles' word on one fact of a person: the value, and the day the article is dated. */
type Said = [value: string, day: string]

/**
 * The role or affiliation a person shows after articles stating each of `said`, stored in that order: the one
 * most articles state, the latest-dated breaking a tie, whatever order the articles came in.
 */
const ROWS: [what: string, name: string, field: 'role' | 'affiliation', said: Said[], shown: string][] = [
  [
    'a later role, stored last',
    'Ada Quill',
    'role',
    [
      ['deputy', '2024-03-01'],
      ['governor', '2024-03-09'],
    ],
    'governor',
  ],
  [
    'a later role, stored first',
    'Bo Fenn',
    'role',
    [
      ['governor', '2024-03-09'],
      ['deputy', '2024-03-01'],
    ],
    'governor',
  ],
  [
    'a role two articles state over a later one',
    'Cy Marr',
    'role',
    [
      ['deputy', '2024-03-01'],
      ['deputy', '2024-03-02'],
      ['governor', '2024-03-09'],
    ],
    'deputy',
  ],
  [
    'a later affiliation, stored last',
    'Di Roke',
    'affiliation',
    [
      ['organization:harbour-board', '2024-03-01'],
      ['organization:river-trust', '2024-03-09'],
    ],
    'organization:river-trust',
  ],
  [
    'a later affiliation, stored first',
    'Ed Vale',
    'affiliation',
    [
      ['organization:river-trust', '2024-03-09'],
      ['organization:harbour-board', '2024-03-01'],
    ],
    'organization:river-trust',
  ],
  [
    'an affiliation two articles state over a later one',
    'Flo Tarn',
    'affiliation',
    [
      ['organization:harbour-board', '2024-03-01'],
      ['organization:harbour-board', '2024-03-02'],
      ['organization:river-trust', '2024-03-09'],
    ],
    'organization:harbour-board',
  ],
]

/** The id a fixture gives a person's name. */
const idOf = (name: string) => `person:${name.toLowerCase().replace(' ', '-')}`

describe.each(testBackends())('role and affiliation from all the evidence on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    for (const [, name, field, said] of ROWS) {
      for (const [value, day] of said) {
        await storeAnalysis(
          store,
          makeAnalysis(`${name} spoke to the council on ${day}.`, {
            actors: [{ id: idOf(name), kind: 'person', names: [name], [field]: value }],
            publishedAt: `${day}T10:00:00Z`,
          }),
        )
      }
    }
  }, 300_000)
  afterAll(() => dispose())

  it.each(ROWS)('shows %s', async (_what, name, field, _said, shown) => {
    expect((await getActor(store, idOf(name)))?.[field]).toBe(shown)
  })
})
