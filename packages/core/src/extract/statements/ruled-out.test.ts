import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('"rule out" as a position taken', () => {
  // [text, [source, cue, content] of the statements kept]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      'The tenants did not rule out a rent boycott next year.',
      [['The tenants', 'did not rule out', 'a rent boycott next year']],
    ],
    [
      'Ms Kerr, who sold her bakery in May, does not rule out opening a new one.',
      [['who sold her bakery in May', 'does not rule out', 'opening a new one']],
    ],
    [
      'The mayor has also not ruled out closing the pool, which would anger swimmers.',
      [['The mayor', 'has also not ruled out', 'closing the pool']],
    ],
    [
      'The treasurer refused to rule out dearer parking.',
      [['The treasurer', 'refused to rule out', 'dearer parking']],
    ],
    [
      'The lender has ruled out cutting its rates this spring.',
      [['The lender', 'has ruled out', 'cutting its rates this spring']],
    ],
    ["The winger has been ruled out of Sunday's tie.", []],
    ['A late surge cannot be ruled out.', []],
    ['With Ivo Marsh ruled out of the final, the coach picked Lee Dunn.', []],
    ['Her late equaliser was ruled out for handball.', []],
    ['The roads flooded overnight, and this rules out a picnic.', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text)).toEqual(expected)
  })
})
