import { describe, expect, it } from 'vitest'
import { indexPositions } from './position-index.ts'

describe('indexPositions', () => {
  const items = [{ at: 7 }, { at: 2 }, { at: 5 }, { at: 2 }, { at: 9 }]
  const index = indexPositions(items, (item) => item.at)

  it.each([
    { from: 2, to: 5, found: [1, 2, 3] },
    { from: 3, to: 4, found: [] },
    { from: 0, to: 100, found: [0, 1, 2, 3, 4] },
    { from: 7, to: 7, found: [0] },
    { from: 9, to: 8, found: [] },
    { from: 10, to: 20, found: [] },
  ])('items within [$from, $to]: $found, in their own order', ({ from, to, found }) => {
    expect(index.within(from, to)).toEqual(found)
  })

  it('answers as a scan of every item would, on any positions', () => {
    const positions = Array.from({ length: 60 }, (_, k) => (k * 37) % 23)
    const byPosition = indexPositions(positions, (at) => at)
    for (let from = -1; from < 25; from++)
      for (let to = from - 1; to < 25; to++)
        expect(byPosition.within(from, to)).toEqual(
          positions.flatMap((at, k) => (at >= from && at <= to ? [k] : [])),
        )
  })
})
