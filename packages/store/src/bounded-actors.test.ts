import { ActorIdSchema, analyze } from '@whosaid/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { boundActors, boundedId, ID_LIMIT, NAME_LIMIT } from './bounded-actors.ts'
import type { Store } from './database.ts'
import { boundedKey, exactKey, nameKeys } from './identity.ts'
import { ingestArticle } from './ingest.ts'
import { getActor } from './queries/actors.ts'
import { importRegistry, RegistrySchema } from './registry.ts'

/** n characters drawn from the `span` code points after `first` by a seeded generator: a run that does not repeat. */
function noisyRun(length: number, first: number, span: number, seed: number): string {
  let state = seed
  let run = ''
  for (let i = 0; i < length; i++) {
    state = (state * 48_271) % 2_147_483_647
    run += String.fromCharCode(first + (state % span))
  }
  return run
}

/** A word of n letters that does not repeat (PostgreSQL compresses a repeated one below the index limit). */
const noisyWord = (letters: number) => noisyRun(letters, 65, 26, 7)

/** A text whose first line, one word in capitals, core reads as a place named by that word. */
const shouted = (letters: number) =>
  `W${noisyWord(letters)}\n\nThe harbour master said on Monday that the new pier "will not survive a winter".`

describe('boundedId', () => {
  it.each([
    ['person:ada-lovelace', 'person:ada-lovelace'],
    [`location:${'w'.repeat(ID_LIMIT)}`, undefined],
    [`group:${'ab-'.repeat(300)}x`, undefined],
  ])('%s', (id, expected) => {
    const bounded = boundedId(id)
    if (expected !== undefined) expect(bounded).toBe(expected)
    expect(bounded.length).toBeLessThanOrEqual(ID_LIMIT)
    expect(ActorIdSchema.safeParse(bounded).success).toBe(true)
    expect(boundedId(id)).toBe(bounded)
  })

  it('keeps two long ids that differ only at the end apart', () => {
    expect(boundedId(`location:${'w'.repeat(500)}a`)).not.toBe(boundedId(`location:${'w'.repeat(500)}b`))
  })
})

describe('boundActors', () => {
  it('returns an ordinary analysis as it is', () => {
    const analysis = analyze('The harbour master said the pier was "a disgrace".')
    expect(boundActors(analysis)).toBe(analysis)
  })

  it('cuts a long name and its id, and the statements follow the id', () => {
    const analysis = analyze(shouted(5000))
    const long = analysis.actors.find((actor) => actor.id.length > ID_LIMIT)
    expect(long).toBeDefined()
    const bounded = boundActors(analysis)
    for (const actor of bounded.actors) {
      expect(actor.id.length).toBeLessThanOrEqual(ID_LIMIT)
      expect(Array.from(actor.name).length).toBeLessThanOrEqual(NAME_LIMIT)
    }
    const ids = new Set(bounded.actors.map((actor) => actor.id))
    for (const statement of bounded.statements)
      if (statement.speaker !== null) expect(ids.has(statement.speaker)).toBe(true)
  })

  it('never cuts a name inside a surrogate pair', () => {
    const analysis = analyze(shouted(10))
    const [first] = analysis.actors
    if (!first) throw new Error('no actor')
    const name = '𝐖'.repeat(NAME_LIMIT + 5)
    const bounded = boundActors({ ...analysis, actors: [{ ...first, name }] })
    expect(bounded.actors[0]?.name).toBe('𝐖'.repeat(NAME_LIMIT))
  })
})

/** n squared-katakana signs (U+3300–U+3357), each of which NFKD spells out in two to five katakana, not repeating. */
const expandingName = (signs: number) => noisyRun(signs, 0x3300, 0x58, 11)

describe('boundedKey', () => {
  it.each([
    ['n:tom reed', 'n:tom reed'],
    ['s:reed', 's:reed'],
    ['a:un', 'a:un'],
  ])('keeps %s', (key, expected) => {
    expect(boundedKey(key)).toBe(expected)
  })

  it('cuts a long key to its prefix, its start and a hash of the whole', () => {
    const key = exactKey(expandingName(300))
    expect(key.length).toBeGreaterThan(2)
    expect(key.length).toBeLessThanOrEqual(302)
    expect(key).toMatch(/^n:.+~[0-9a-f]+$/)
    expect(exactKey(expandingName(300))).toBe(key)
    expect(exactKey(`${expandingName(300)}x`)).not.toBe(key)
  })

  it('cuts the same text the same way under another prefix', () => {
    const [organization] = nameKeys(expandingName(300), 'organization')
    expect(organization?.slice(2)).toBe(exactKey(expandingName(300)).slice(2))
  })
})

describe.each(testBackends())('an article with a very long name on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
  })
  afterAll(async () => dispose?.())

  it('is stored (no index row over 2,704 bytes), twice the same', async () => {
    const first = await ingestArticle(store, shouted(5000))
    const again = await ingestArticle(store, shouted(5000))
    expect(first.created).toBe(true)
    expect(again.created).toBe(false)
    for (const actor of first.analysis.actors) expect(actor.id.length).toBeLessThanOrEqual(ID_LIMIT)
    const place = first.analysis.actors.find((actor) => actor.name.length === NAME_LIMIT)
    expect(place).toBeDefined()
    expect(await getActor(store, place?.id ?? '')).not.toBeNull()
  }, 600_000)

  it('imports a registered name whose NFKD keys run past the key limit, twice', async () => {
    const registry = RegistrySchema.parse([
      { id: 'organization:squared', name: expandingName(300), kind: 'organization', aliases: [] },
    ])
    expect(await importRegistry(store, registry)).toEqual({ created: 1, updated: 0, joined: 0 })
    expect(await importRegistry(store, registry)).toEqual({ created: 0, updated: 1, joined: 0 })
  }, 600_000)
})
