import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from './cursor.ts'

const Key = z.tuple([z.string(), z.number()])

describe('cursors', () => {
  it.each([[['2024-01-01T00:00:00.000Z', 3]], [['person:ana-pereira', 0]], [['ünïcode → ok', -1]]])(
    'round-trips %j',
    (key) => {
      const cursor = encodeCursor(key)
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeCursor(cursor, Key)).toEqual(key)
    },
  )

  it.each(['', '!!!', 'not base64', encodeCursor(['x']), btoa('{"a":1}'), encodeCursor(['x', 'y']), 'e30'])(
    'refuses %j with invalid-cursor',
    (cursor) => {
      expect(() => decodeCursor(cursor, Key)).toThrow(expect.objectContaining({ code: 'invalid-cursor' }))
    },
  )
})
