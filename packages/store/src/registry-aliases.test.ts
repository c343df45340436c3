import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import { queryRows, type Store } from './database.ts'
import { storeAnalysis } from './ingest.ts'
import { importRegistry, RegistrySchema } from './registry.ts'

// Names no rule can tie to a person: a maiden name ("Orla Dunmore", who married into the Fenwicks) and a legal name
// that differs from the name in use ("Rafe Teodor Vask", known as Teo Vask) while his father bears the short form
// ("Rafe Vask"). Curated aliases in the registry are how they join; the father must stay apart.
const REGISTRY = RegistrySchema.parse([
  { id: 'person:orla-fenwick', name: 'Orla Fenwick', kind: 'person', aliases: ['Orla Dunmore'] },
  { id: 'person:teo-vask', name: 'Teo Vask', kind: 'person', aliases: ['Rafe Teodor Vask'] },
  { id: 'person:rafe-vask', name: 'Rafe Vask', kind: 'person' },
])

/** An article in which `name` says something: the person's id as the extractor would slug it. */
function saying(name: string, words: string) {
  const id = `person:${name.toLowerCase().replaceAll(' ', '-')}`
  return makeAnalysis(`${name} said ${words}.`, {
    actors: [{ id, kind: 'person', names: [name] }],
    statements: [{ speaker: id, content: words, cue: 'said' }],
  })
}

describe.each(testBackends())('curated aliases on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    await importRegistry(store, REGISTRY)
  })
  afterAll(async () => dispose?.())

  it.each([
    ['a maiden name', 'Orla Dunmore', 'the choir would sing at noon', 'person:orla-fenwick'],
    ['the name in use', 'Orla Fenwick', 'the hall was booked', 'person:orla-fenwick'],
    ['a legal name', 'Rafe Teodor Vask', 'the bill would pass', 'person:teo-vask'],
    ['the name in use beside a namesake father', 'Teo Vask', 'the vote was close', 'person:teo-vask'],
    [
      'the father, whose name is the legal name less its middle',
      'Rafe Vask',
      'his son would win',
      'person:rafe-vask',
    ],
  ])('%s: %s', async (_kind, name, words, canonical) => {
    const stored = await storeAnalysis(store, saying(name, words))
    const id = stored.analysis.actors[0]?.id ?? ''
    const rows = await queryRows<{ canonical: string }>(
      store.db,
      sql`select canonical_id as canonical from actor_identities where actor_id = ${id}`,
    )
    expect(rows.map((row) => row.canonical)).toEqual([canonical])
  })
})
