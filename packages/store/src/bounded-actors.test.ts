import type { Analysis } from '@whosaid/core'
import { ActorIdSchema, analyze } from '@whosaid/core'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { boundActors, boundedId, fnvBoundedId, ID_LIMIT, NAME_LIMIT, storedIds } from './bounded-actors.ts'
import type { Store } from './database.ts'
import { boundedKey, exactKey, nameKeys } from './identity.ts'
import { ingestArticle, storeAnalysis } from './ingest.ts'
import { getActor } from './queries/actors.ts'
import { importRegistry, RegistrySchema } from './registry.ts'
import { actorIdentities } from './schema.ts'

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
const noisyWord = (letters: number, seed = 7) => noisyRun(letters, 65, 26, seed)

/**
 * A text whose first line, one word in capitals, core reads as a place named by that word (another `seed`, another
 * word: the names of one seed share their start, and a store takes names with the same 300 first letters for one).
 */
const shouted = (letters: number, seed = 7) =>
  `W${noisyWord(letters, seed)}\n\nThe harbour master said on Monday that the new pier "will not survive a winter".`

describe('boundedId', () => {
  it.each([
    ['person:ada-lovelace', 'person:ada-lovelace'],
    [`location:${'w'.repeat(ID_LIMIT)}`, undefined],
    [`group:${'ab-'.repeat(300)}x`, undefined],
  ])('%s', async (id, expected) => {
    const bounded = await boundedId(id)
    if (expected !== undefined) expect(bounded).toBe(expected)
    else expect(bounded).toMatch(/-[0-9a-f]{32}$/)
    expect(bounded.length).toBeLessThanOrEqual(ID_LIMIT)
    expect(ActorIdSchema.safeParse(bounded).success).toBe(true)
    expect(await boundedId(id)).toBe(bounded)
  })

  it('keeps two long ids that differ only at the end apart', async () => {
    expect(await boundedId(`location:${'w'.repeat(500)}a`)).not.toBe(
      await boundedId(`location:${'w'.repeat(500)}b`),
    )
  })

  it('cuts otherwise than the FNV hash ids were cut with before', async () => {
    const id = `location:${noisyWord(500).toLowerCase()}`
    expect(fnvBoundedId(id)).toMatch(/-[0-9a-f]{16}$/)
    expect(fnvBoundedId(id).length).toBeLessThanOrEqual(ID_LIMIT)
    expect(await boundedId(id)).not.toBe(fnvBoundedId(id))
  })
})

/** An analysis as a store cut its long ids before SHA-256: by `fnvBoundedId`. */
function cutByFnv(analysis: Analysis): Analysis {
  const idOf = (id: string) => (id.length > ID_LIMIT ? fnvBoundedId(id) : id)
  return {
    ...analysis,
    actors: analysis.actors.map((actor) => ({ ...actor, id: idOf(actor.id) })),
    statements: analysis.statements.map((statement) => ({
      ...statement,
      speaker: statement.speaker === null ? null : idOf(statement.speaker),
    })),
  }
}

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

  it('returns an ordinary analysis as it is', async () => {
    const analysis = analyze('The harbour master said the pier was "a disgrace".')
    expect(await boundActors(store.db, analysis)).toBe(analysis)
  })

  it('cuts a long name and its id, and the statements follow the id', async () => {
    const analysis = analyze(shouted(5000))
    const long = analysis.actors.find((actor) => actor.id.length > ID_LIMIT)
    expect(long).toBeDefined()
    const bounded = await boundActors(store.db, analysis)
    for (const actor of bounded.actors) {
      expect(actor.id.length).toBeLessThanOrEqual(ID_LIMIT)
      expect(Array.from(actor.name).length).toBeLessThanOrEqual(NAME_LIMIT)
    }
    const ids = new Set(bounded.actors.map((actor) => actor.id))
    for (const statement of bounded.statements)
      if (statement.speaker !== null) expect(ids.has(statement.speaker)).toBe(true)
  })

  it('never cuts a name inside a surrogate pair', async () => {
    const analysis = analyze(shouted(10))
    const [first] = analysis.actors
    if (!first) throw new Error('no actor')
    const name = '𝐖'.repeat(NAME_LIMIT + 5)
    const bounded = await boundActors(store.db, { ...analysis, actors: [{ ...first, name }] })
    expect(bounded.actors[0]?.name).toBe('𝐖'.repeat(NAME_LIMIT))
  })

  it('cuts a long speaker id the analysis does not list among its actors', async () => {
    const analysis = analyze(shouted(5000))
    const elsewhere = `person:${noisyWord(400, 29).toLowerCase()}`
    const [statement] = analysis.statements
    if (!statement) throw new Error('no statement')
    const bounded = await boundActors(store.db, {
      ...analysis,
      statements: [{ ...statement, speaker: elsewhere }],
    })
    expect(bounded.statements[0]?.speaker).toBe(await boundedId(elsewhere))
  })

  it('keeps the id a store gave a long id before ids were cut by SHA-256, and short ids as they are', async () => {
    const long = analyze(shouted(600, 13)).actors.find((actor) => actor.id.length > ID_LIMIT)
    expect(long).toBeDefined()
    const legacy = fnvBoundedId(long?.id ?? '')
    expect((await storeAnalysis(store, cutByFnv(analyze(shouted(600, 13))))).created).toBe(true)
    // The same name in a text stored since, and the same text again, keep that id; a fresh long id gets SHA-256's.
    const since = await ingestArticle(store, `${shouted(600, 13)}\n\nThe ferry was late again.`)
    const ids = since.analysis.actors.map((actor) => actor.id)
    expect(ids).toContain(legacy)
    expect(ids).not.toContain(await boundedId(long?.id ?? ''))
    const again = await ingestArticle(store, shouted(600, 13))
    expect(again.analysis.actors.map((actor) => actor.id)).toContain(legacy)
    for (const actor of analyze(shouted(600, 13)).actors)
      if (actor.id.length <= ID_LIMIT) expect(ids).toContain(actor.id)
    const fresh = await ingestArticle(store, shouted(700, 23))
    const freshLong = analyze(shouted(700, 23)).actors.find((actor) => actor.id.length > ID_LIMIT)
    expect(fresh.analysis.actors.map((actor) => actor.id)).toContain(await boundedId(freshLong?.id ?? ''))
  }, 600_000)

  it('keeps a long id a store made before ids were cut holds whole', async () => {
    const whole = `organization:${noisyWord(400).toLowerCase()}`
    const unheld = `organization:${noisyWord(300).toLowerCase()}`
    await store.db.insert(actorIdentities).values({
      actorId: whole,
      canonicalId: whole,
      name: 'a long name',
      kind: 'organization',
      rule: 'new',
      reason: 'stored before ids were cut',
    })
    const chosen = await storedIds(store.db, [whole, unheld, 'person:ada-lovelace'])
    expect(chosen.get(whole)).toBe(whole)
    expect(chosen.get(unheld)).toBe(await boundedId(unheld))
    expect(chosen.has('person:ada-lovelace')).toBe(false)
    await store.db.delete(actorIdentities).where(eq(actorIdentities.actorId, whole))
  })

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
