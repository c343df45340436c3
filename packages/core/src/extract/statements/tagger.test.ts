import { describe, expect, it } from 'vitest'
import { decodeTags, type Transitions } from './tagger.ts'

// [previous][tag] for O, B, I, and the start as previous 3; neutral transitions let the emissions decide.
const FLAT: Transitions = [
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
  [0, 0, 0],
]

describe('decodeTags', () => {
  it.each([
    ['nothing', [], [], []],
    ['one B', [2], [-1], [1]],
    ['B then I', [2, -1], [-1, 3], [1, 2]],
    ['I wanted at the start is not allowed', [-5, -1], [9, 3], [0, 0]],
    ['I after O is not allowed', [-9, -5, -1], [-1, 6, -1], [0, 0, 0]],
    ['two cues', [3, -2, 3, -1], [-1, 1, -1, 2], [1, 2, 1, 2]],
  ])('%s', (_, b, inside, expected) => {
    expect(Array.from(decodeTags(Float64Array.from(b), Float64Array.from(inside), FLAT))).toEqual(expected)
  })

  it('lets the transitions outweigh a weak emission', () => {
    const sticky: Transitions = [
      [0, 0, 0],
      [0, 0, 5],
      [0, 0, 5],
      [0, 0, 0],
    ]
    expect(Array.from(decodeTags(Float64Array.of(2, -1, -1), Float64Array.of(-1, -1, -1), sticky))).toEqual([
      1, 2, 2,
    ])
  })
})
