import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('forHeadsContent: what was asked for follows "for"', () => {
  // [text, [source, cue, content] of the statements kept]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      'The dock union is asking for £4m from the port owners.',
      [['The dock union', 'is asking for', '£4m from the port owners']],
    ],
    [
      'The parish group is asking for £9,000 from the county.',
      [['The parish group', 'is asking for', '£9,000 from the county']],
    ],
    [
      'The rowing club called for £2m from the lottery.',
      [['The rowing club', 'called for', '£2m from the lottery']],
    ],
    [
      'The builder said he would pay for the repairs.',
      [['The builder', 'said', 'he would pay for the repairs']],
    ],
    ['The rowing club is saving for a new boat.', []],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text)).toEqual(expected)
  })
})
