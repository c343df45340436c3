import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { normalizeDate } from './date.ts'

const IsoDateTime = z.iso.datetime({ offset: true })

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00+01:00', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05T10:00:00.123-0500', '2024-03-05T10:00:00.123-05:00'],
    ['2024-03-05T10:00+01', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05 10:00:00', '2024-03-05T10:00:00Z'],
    ['2024-03-05', '2024-03-05T00:00:00Z'],
    ['  2024-03-05T10:00:00 UTC ', '2024-03-05T10:00:00Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00Z'],
    ['Tue, 5 Mar 2024 10:00:00 +0100', '2024-03-05T10:00:00+01:00'],
    ['5 March 2024 10:00 EST', '2024-03-05T10:00:00-05:00'],
    ['Tue, 05 Mar 24 10:00:00 PDT', '2024-03-05T10:00:00-07:00'],
    ['Sun, 05 Mar 1995 23:59:59 Z', '1995-03-05T23:59:59Z'],
    ['05 Mar 2024', '2024-03-05T00:00:00Z'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected)
    expect(IsoDateTime.safeParse(expected).success).toBe(true)
  })

  it.each([
    '',
    'yesterday',
    '2023-02-29',
    '2024-13-01',
    '2024-03-05T24:00:00Z',
    '2024-03-05T10:60:00Z',
    '2024-03-05T10:00:00+25:00',
    'Tue, 32 Mar 2024 10:00:00 GMT',
    'Tue, 05 Foo 2024 10:00:00 GMT',
    '05 Mar 2024 10:00 XYZ',
    '2024-03-05T10:00:00Z'.repeat(4),
  ])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeUndefined()
  })
})
