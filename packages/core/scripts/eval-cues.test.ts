import { describe, expect, it } from 'vitest'
import { type CueTally, tallyCues } from './eval-cues.ts'

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
