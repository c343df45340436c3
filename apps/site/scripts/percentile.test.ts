import { expect, test } from 'vitest'
import { percentile } from './percentile.ts'

test.each<[number[], number, number]>([
  [[], 50, Number.NaN],
  [[7], 99, 7],
  [[5, 1, 3], 50, 3],
  [[1, 2, 3, 4], 50, 2],
  [Array.from({ length: 100 }, (_, i) => i + 1), 99, 99],
  [Array.from({ length: 100 }, (_, i) => i + 1), 100, 100],
  [[3, 1, 2], 0, 1],
])('percentile(%j, %i) = %d', (values, p, expected) => {
  expect(percentile(values, p)).toEqual(expected)
})
