import { describe, expect, it } from 'vitest'
import type { Database } from '../database.ts'
import { preparedQuery, shapeName } from './prepared.ts'

describe('shapeName', () => {
  it.each([
    [{}, 'list'],
    [{ speaker: false, q: false }, 'list'],
    [{ speaker: true, q: false }, 'list:speaker'],
    [{ speaker: true, q: true, cursor: true }, 'list:speaker:q:cursor'],
    [{ from: true, before: true }, 'list:from:before'],
  ])('%j → %s', (shape, name) => {
    expect(shapeName('list', shape)).toBe(name)
  })
})

describe('preparedQuery', () => {
  it('builds a query once per database and shape', () => {
    const [one, two] = [{}, {}] as unknown as [Database, Database]
    let built = 0
    const build = () => ({ sql: `select ${++built}` })
    expect(preparedQuery(one, 'a', build)).toEqual({ sql: 'select 1' })
    expect(preparedQuery(one, 'a', build)).toEqual({ sql: 'select 1' })
    expect(preparedQuery(one, 'b', build)).toEqual({ sql: 'select 2' })
    expect(preparedQuery(two, 'a', build)).toEqual({ sql: 'select 3' })
    expect(built).toBe(3)
  })
})
