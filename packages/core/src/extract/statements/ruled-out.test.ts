import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('"rule out" as a position taken', () => {
  // [text, [source, cue, content] of the statements kept]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      'The rail union did not rule out a walkout over the holidays.',
      [['The rail union', 'did not rule out', 'a walkout over the holidays']],
    ],
    [
      'Mr Dorn, who left the council in 2010, does not rule out a comeback at the next poll.',
      [['who left the council in 2010', 'does not rule out', 'a comeback at the next poll']],
    ],
    [
      'Kim Sallow has also not ruled out selling the farm, which would end the feud.',
      [['Kim Sallow', 'has also not ruled out', 'selling the farm']],
    ],
    [
      'The treasurer refused to rule out dearer parking.',
      [['The treasurer', 'refused to rule out', 'dearer parking']],
    ],
    [
      'The lender has ruled out cutting its rates this spring.',
      [['The lender', 'has ruled out', 'cutting its rates this spring']],
    ],
    ['The goalkeeper has been ruled out of the derby.', []],
    ['A late surge cannot be ruled out.', []],
    ['With Ivo Marsh ruled out of the final, the coach picked Lee Dunn.', []],
    ['Their second goal was ruled out for a foul.', []],
    ['The roads flooded overnight, and this rules out a picnic.', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text)).toEqual(expected)
  })
})
