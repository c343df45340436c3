import { describe, expect, it } from 'vitest'
import { median, runPooled } from './bench.ts'

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %d', (numbers, expected) => {
    expect(median(numbers)).toBe(expected)
  })
})

describe('runPooled', () => {
  it('runs every item once, never more than the width at a time', async () => {
    let inFlight = 0
    let most = 0
    const seen: number[] = []
    await runPooled([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      inFlight++
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setImmediate(resolve))
      seen.push(item)
      inFlight--
    })
    expect(seen.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })
})
