import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { queryRows, type Store, sqlList, textArrayLiteral } from './database.ts'

describe('textArrayLiteral', () => {
  it.each([
    [[], '{}'],
    [['a'], '{"a"}'],
    [['a b', 'c,d'], '{"a b","c,d"}'],
    [['say "no"', 'back\\slash'], '{"say \\"no\\"","back\\\\slash"}'],
  ])('%j → %s', (values, literal) => {
    expect(textArrayLiteral(values)).toBe(literal)
  })
})

for (const backend of testBackends()) {
  describe(`sqlList on ${backend.name}`, () => {
    let store: Store
    let dispose: () => Promise<void>
    beforeAll(async () => {
      ;({ store, dispose } = await backend.open())
    }, 120_000)
    afterAll(() => dispose())

    const odd = ['plain', '', 'NULL', 'a,b', '{braces}', 'say "no"', 'back\\slash', ' spaced ', 'é😀', "it's"]

    it('matches every string as written, in and not in', async () => {
      const rows = await queryRows<{ v: string; inside: boolean; outside: boolean }>(
        store.db,
        sql`select v, v in (${sqlList(odd)}) as inside, v not in (${sqlList(['plain'])}) as outside
            from unnest(${textArrayLiteral([...odd, 'other'])}::text[]) as v`,
      )
      expect(rows.map((row) => row.v)).toEqual([...odd, 'other'])
      expect(rows.filter((row) => row.inside).map((row) => row.v)).toEqual(odd)
      expect(rows.filter((row) => !row.outside).map((row) => row.v)).toEqual(['plain'])
    })

    it('matches nothing for none, and takes 70,000 strings as one parameter', async () => {
      const [none] = await queryRows<{ n: number }>(
        store.db,
        sql`select count(*)::int as n from (values ('a'), ('b')) as t(v) where v in (${sqlList([])})`,
      )
      expect(none?.n).toBe(0)
      const many = Array.from({ length: 70_000 }, (_, n) => `id:${n}`)
      const [row] = await queryRows<{ n: number }>(
        store.db,
        sql`select count(*)::int as n from generate_series(0, 69999) as g where 'id:' || g in (${sqlList(many)})`,
      )
      expect(row?.n).toBe(70_000)
    })
  })
}
