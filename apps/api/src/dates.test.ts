import { describe, expect, it } from 'vitest'
import { toDateRange } from './dates.ts'

describe('toDateRange', () => {
  it.each([
    { from: undefined, to: undefined, range: {} },
    { from: '2024-03-01', to: undefined, range: { from: '2024-03-01T00:00:00.000Z' } },
    { from: undefined, to: '2024-03-31', range: { before: '2024-04-01T00:00:00.000Z' } },
    { from: '2024-03-01T10:00:00+02:00', to: undefined, range: { from: '2024-03-01T08:00:00.000Z' } },
    { from: undefined, to: '2024-03-01T10:00:00Z', range: { before: '2024-03-01T10:00:00.001Z' } },
  ])('$from … $to', ({ from, to, range }) => {
    const result = toDateRange(from, to)
    expect({
      ...(result.from ? { from: result.from.toISOString() } : {}),
      ...(result.before ? { before: result.before.toISOString() } : {}),
    }).toEqual(range)
  })
})
