import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('"estimates that" after a named maker', () => {
  // [text, [cue, content] of the statements kept]
  const cases: Array<[string, string[][]]> = [
    ['The council estimates that repairs will cost £4m.', [['estimates', 'that repairs will cost £4m']]],
    [
      'Experts estimated that the fire had burned for six hours.',
      [['estimated', 'that the fire had burned for six hours']],
    ],
    [
      'A study by the port estimates that the bridge carries 9,000 cars a day.',
      [['estimates', 'that the bridge carries 9,000 cars a day']],
    ],
    ['It is estimated that 300 people lost their homes.', []],
    ['An estimated 300 people lost their homes.', []],
    ['The council estimated the cost at £4m.', []],
    ["The agency's estimate is that prices will rise.", []],
    ['Estimates vary widely.', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text).map(([, cue, content]) => [cue, content])).toEqual(expected)
  })
})
