import { describe, expect, it } from 'vitest'
import type { Cue } from './cue.ts'
import { withPlacedCues } from './placed-cues.ts'

const cue = (start: number, end: number): Cue => ({ start, end, head: start, negated: false })
const span = (c: Cue) => `${c.start}-${c.end}`

describe('withPlacedCues', () => {
  it.each([
    ['nothing placed keeps the found cues', [[2, 3]], [], ['2-3']],
    ['a placed cue over a found one replaces it', [[2, 3]], [[1, 4, 1, 4]], ['1-4']],
    [
      'a found cue outside the cleared tokens stays, before the placed',
      [[6, 7]],
      [[1, 3, 1, 3]],
      ['6-7', '1-3'],
    ],
    ['the cleared tokens reach before the placed cue', [[0, 1]], [[3, 5, 0, 5]], ['3-5']],
    ['a found cue that only touches the window stays', [[0, 2]], [[2, 4, 2, 4]], ['0-2', '2-4']],
    [
      'two placed cues apart both stay, in order',
      [],
      [
        [1, 3, 1, 3],
        [8, 9, 8, 9],
      ],
      ['1-3', '8-9'],
    ],
    [
      'a later placed cue clears an earlier one it overlaps',
      [],
      [
        [1, 3, 1, 3],
        [4, 6, 2, 6],
      ],
      ['4-6'],
    ],
    [
      'an earlier placed cue never clears a later one',
      [],
      [
        [1, 5, 1, 5],
        [3, 4, 3, 4],
      ],
      ['3-4'],
    ],
  ] as const)('%s', (_, found, placed, expected) => {
    const cues = withPlacedCues(
      found.map(([s, e]) => cue(s, e)),
      placed.map(([s, e, from, to]) => ({ cue: cue(s, e), clears: { from, to } })),
    )
    expect(cues.map(span)).toEqual(expected)
  })
})
