import { describe, expect, it } from 'vitest'
import { countStartingBefore } from './count-before.ts'

describe('countStartingBefore', () => {
  const items = [{ start: 0 }, { start: 5 }, { start: 5 }, { start: 9 }]
  it.each([
    [-1, 0],
    [0, 0],
    [1, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])('offset %i → %i', (offset, count) => {
    expect(countStartingBefore(items, offset)).toBe(count)
  })
})
