import { describe, expect, it } from 'vitest'
import { countEndingBefore, countStartingBefore } from './count-before.ts'

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

describe('countEndingBefore', () => {
  const items = [{ end: 4 }, { end: 8 }, { end: 12 }]
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [12, 2],
    [13, 3],
  ])('offset %i → %i', (offset, count) => {
    expect(countEndingBefore(items, offset)).toBe(count)
  })
})
