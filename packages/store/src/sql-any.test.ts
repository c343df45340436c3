import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { ODD_STRINGS } from '../test/fixtures.ts'
import { queryRows, type Store, sqlAll, sqlAny, textArrayLiteral } from './database.ts'

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
  describe(`sqlAny and sqlAll on ${backend.name}`, () => {
    let store: Store
    let dispose: () => Promise<void>
    beforeAll(async () => {
      ;({ store, dispose } = await backend.open())
    }, 600_000)
    afterAll(() => dispose())

    const odd = ODD_STRINGS

    it('match every string as written, in and not in', async () => {
      const rows = await queryRows<{ v: string; inside: boolean; outside: boolean }>(
        store.db,
        sql`select v, v = ${sqlAny(odd)} as inside, v <> ${sqlAll(['plain'])} as outside
            from unnest(${textArrayLiteral([...odd, 'other'])}::text[]) as v`,
      )
      expect(rows.map((row) => row.v)).toEqual([...odd, 'other'])
      expect(rows.filter((row) => row.inside).map((row) => row.v)).toEqual(odd)
      expect(rows.filter((row) => !row.outside).map((row) => row.v)).toEqual(['plain'])
    })

    it('for none: in matches nothing, not in everything; and take 70,000 strings as one parameter', async () => {
      const [none] = await queryRows<{ inside: number; outside: number }>(
        store.db,
        sql`select count(*) filter (where v = ${sqlAny([])})::int as inside,
              count(*) filter (where v <> ${sqlAll([])})::int as outside
            from (values ('a'), ('b')) as t(v)`,
      )
      expect(none).toEqual({ inside: 0, outside: 2 })
      const many = Array.from({ length: 70_000 }, (_, n) => `id:${n}`)
      const [row] = await queryRows<{ n: number }>(
        store.db,
        sql`select count(*)::int as n from generate_series(0, 69999) as g where 'id:' || g = ${sqlAny(many)}`,
      )
      expect(row?.n).toBe(70_000)
    })
  })
}
