import { describe, expect, it } from 'vitest'
import { type CueMiss, type CueTally, sortMiss, tallyCues } from './eval-cues.ts'

describe('tallyCues', () => {
  // [case, gold cues as token lists, found cues as [start, end), expected tally]
  const cases: Array<[string, number[][], [number, number][], CueTally]> = [
    ['a found cue on the gold one', [[3]], [[3, 4]], { gold: 1, found: 1, matched: 1 }],
    ['a found cue sharing one token of two', [[3, 4]], [[4, 6]], { gold: 1, found: 1, matched: 1 }],
    ['a found cue beside the gold one', [[3]], [[4, 5]], { gold: 1, found: 1, matched: 0 }],
    ['one gold cue of two attributions counts once', [[3], [3]], [[3, 4]], { gold: 1, found: 1, matched: 1 }],
    ['a gold cue outside the tokens is left out', [[], [7]], [], { gold: 1, found: 0, matched: 0 }],
    [
      'two found cues, one gold',
      [[7]],
      [
        [1, 2],
        [7, 9],
      ],
      { gold: 1, found: 2, matched: 1 },
    ],
  ]
  it.each(cases)('%s', (_case, gold, found, expected) => {
    const tally: CueTally = { gold: 0, found: 0, matched: 0 }
    tallyCues(
      gold,
      found.map(([start, end]) => ({ start, end })),
      tally,
    )
    expect(tally).toEqual(expected)
  })
})

describe('sortMiss', () => {
  // Found cues by bias (ascending) are [start, end) pairs; tokens 0 and 1 are the only ones the gate refuses.
  const foundByBias: Array<[number, [number, number][]]> = [
    [30, [[4, 5]]],
    [
      40,
      [
        [4, 5],
        [8, 10],
      ],
    ],
  ]
  const mayScore = (t: number) => t > 1
  // [case, gold cue tokens, expected]
  const cases: Array<[string, number[], CueMiss]> = [
    ['found by the first higher bias', [4], { tokens: 1, foundAtBias: 30, gated: false }],
    [
      'found only by a later bias, by one of its tokens',
      [7, 8],
      { tokens: 2, foundAtBias: 40, gated: false },
    ],
    ['found by no bias', [6], { tokens: 1, foundAtBias: null, gated: false }],
    ['every token refused by the gate', [0, 1], { tokens: 2, foundAtBias: null, gated: true }],
    ['one token of two refused is not gated', [1, 2], { tokens: 2, foundAtBias: null, gated: false }],
  ]
  it.each(cases)('%s', (_case, gold, expected) => {
    const found = foundByBias.map(
      ([bias, cues]) => [bias, cues.map(([start, end]) => ({ start, end }))] as const,
    )
    expect(sortMiss(gold, found, mayScore)).toEqual(expected)
  })
})
