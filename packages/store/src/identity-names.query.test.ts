import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { makeAnalysis } from '../test/fixtures.ts'
import { queryRows, type Store } from './database.ts'
import { readNotNames, type SurnameBearer } from './identity-names.ts'
import { storeAnalysis } from './ingest.ts'

/** A bearer named in a body here, of few articles, so that only the stored texts decide it. */
const bearer = (id: string, given: string): SurnameBearer => ({
  id,
  given,
  inBodyHere: true,
  inHeadlineHere: false,
  lowerHere: false,
})

describe.each(testBackends())('readNotNames on $name', (backend) => {
  let store: Store
  let dispose: () => Promise<void>
  beforeAll(async () => {
    ;({ store, dispose } = await backend.open())
    const texts = ['Prices will soar, the minister said.', 'Brokers expect the rates to soar again.']
    for (const text of texts) await storeAnalysis(store, makeAnalysis(text, { actors: [], statements: [] }))
    // Two made-up persons, one named only in a headline, one in a body.
    const named = [
      ['Vexa Plum wins\n\nThe vote was close, a clerk said.', 'person:vexa-plum', 'Vexa Plum'],
      ['Ferry late\n\nOrla Quist said the ferry was late.', 'person:orla-quist', 'Orla Quist'],
    ] as const
    for (const [text, id, name] of named) {
      const actors = [{ id, names: [name], kind: 'person' as const }]
      await storeAnalysis(store, makeAnalysis(text, { actors, statements: [] }))
    }
  })
  afterAll(async () => dispose?.())

  it.each([
    ['a given word a stored text writes in lower case', 'soar', true],
    ['a given word no stored text writes', 'hilda', false],
    ['a given word stored only inside a longer word', 'rate', false],
  ])('%s (%s): %s', async (_, given, notName) => {
    const found = await store.db.transaction(async (tx) => {
      const ids = await readNotNames(tx, [bearer(`person:${given}-moss`, given)], new Map())
      // The planner's setting is as it was for the rest of the transaction.
      const [setting] = await queryRows<{ on: string }>(
        tx,
        sql`select current_setting('enable_seqscan') as on`,
      )
      expect(setting?.on).toBe('on')
      return ids
    })
    expect(found.has(`person:${given}-moss`)).toBe(notName)
  })

  it.each([
    ['named only in a stored headline', 'person:vexa-plum', 'vexa', true],
    ['named in a stored body', 'person:orla-quist', 'orla', false],
    ['never named in the store', 'person:ulla-bray', 'ulla', false],
  ])('a bearer %s (%s): %s', async (_, id, given, notName) => {
    const asked = { ...bearer(id, given), inBodyHere: false }
    const found = await store.db.transaction((tx) => readNotNames(tx, [asked], new Map()))
    expect(found.has(id)).toBe(notName)
  })
})
