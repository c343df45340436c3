import { sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testBackends } from '../test/backends.ts'
import { queryRows, type Store, sqlAll, sqlAny, sqlJoinText, textArrayLiteral } from './database.ts'

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

describe('sqlJoinText', () => {
  const dialect = new PgDialect()
  it.each([
    [[], "''::text", 0],
    [['{"a":1}'], '$1::text', 1],
    [['{"a":', '1}'], "array_to_string(array[$1::text, $2::text]::text[], '')", 2],
  ])('%j → %s', (parts, query, params) => {
    const rendered = dialect.sqlToQuery(sqlJoinText(parts))
    expect(rendered.sql).toBe(query)
    expect(rendered.params).toHaveLength(params)
  })

  it('joins many parts in one call, never a chain of || (which kept every partial join in memory)', () => {
    const parts = Array.from({ length: 300 }, (_, i) => `p${i}`)
    const { sql: query } = dialect.sqlToQuery(sqlJoinText(parts))
    expect(query).not.toContain('||')
    expect(query.match(/array_to_string/g)).toHaveLength(1)
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

    const odd = ['plain', '', 'NULL', 'a,b', '{braces}', 'say "no"', 'back\\slash', ' spaced ', 'é😀', "it's"]

    it('sqlJoinText gives back the parts joined, odd strings and all', async () => {
      const parts = [...odd, '{"k":', '"v"}']
      const [row] = await queryRows<{ joined: string }>(store.db, sql`select ${sqlJoinText(parts)} as joined`)
      expect(row?.joined).toBe(parts.join(''))
      const [json] = await queryRows<{ value: unknown }>(
        store.db,
        sql`select (${sqlJoinText(['{"a":[1,', '"b"]}'])})::json as value`,
      )
      expect(json?.value).toEqual({ a: [1, 'b'] })
    })

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
