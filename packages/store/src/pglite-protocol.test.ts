import { describe, expect, it } from 'vitest'
import { fromWireError, toWireError } from './pglite-protocol.ts'

/** An error as PGlite throws one: PostgreSQL's fields on it, and what PGlite adds (the query, its parameters). */
function databaseError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error('duplicate key value violates unique constraint "pairs_pkey"'), fields)
}

describe('toWireError', () => {
  it.each([
    {
      name: 'PostgreSQL fields',
      thrown: databaseError({
        code: '23505',
        constraint: 'pairs_pkey',
        detail: 'Key (id)=(1) already exists.',
      }),
      fields: { code: '23505', constraint: 'pairs_pkey', detail: 'Key (id)=(1) already exists.' },
    },
    {
      name: 'numbers and booleans',
      thrown: databaseError({ length: 108, fatal: true }),
      fields: { length: 108, fatal: true },
    },
    {
      name: 'not the parameters (megabytes of text) nor objects',
      thrown: databaseError({ code: '53100', params: ['x'.repeat(10)], queryOptions: {}, where: { a: 1 } }),
      fields: { code: '53100' },
    },
    {
      name: 'no undefined fields',
      thrown: databaseError({ code: '57P01', hint: undefined }),
      fields: { code: '57P01' },
    },
  ])('keeps $name', ({ thrown, fields }) => {
    expect(toWireError(thrown).fields).toEqual(fields)
  })

  it.each([
    { thrown: 'a string', message: 'a string' },
    { thrown: 42, message: '42' },
    { thrown: null, message: 'null' },
  ])('answers a thrown $thrown as an Error named Error', ({ thrown, message }) => {
    expect(toWireError(thrown)).toEqual({ name: 'Error', message, fields: {} })
  })
})

describe('fromWireError', () => {
  it('rebuilds the name, message, stack and fields after structured cloning', () => {
    const thrown = databaseError({ code: '23505', constraint: 'pairs_pkey', severity: 'ERROR' })
    thrown.name = 'error'
    const rebuilt = fromWireError(structuredClone(toWireError(thrown)))
    expect(rebuilt).toBeInstanceOf(Error)
    expect(rebuilt).toMatchObject({
      name: 'error',
      code: '23505',
      constraint: 'pairs_pkey',
      severity: 'ERROR',
    })
    expect(rebuilt.message).toBe(thrown.message)
    expect(rebuilt.stack).toBe(thrown.stack)
  })
})
