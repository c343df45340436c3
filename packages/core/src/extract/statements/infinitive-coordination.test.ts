import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('throughCoordinatedInfinitive: a second verb sharing "to" stays in the content', () => {
  // [text, [source, cue, content] of the statements kept]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      'Ned Pike has reiterated his plan to sell the boat and buy a house in Kelso.',
      [['Ned Pike', 'has reiterated', 'his plan to sell the boat and buy a house in Kelso']],
    ],
    [
      'The singer Ann Lowe has reiterated her intention to leave Vexco Records and start a label of her own.',
      [
        [
          'The singer Ann Lowe',
          'has reiterated',
          'her intention to leave Vexco Records and start a label of her own',
        ],
      ],
    ],
    [
      'The mayor said he wants to rest and the council agrees.',
      [['The mayor', 'said', 'he wants to rest and the council agrees']],
    ],
    [
      'Tom Reed said the firm would grow and hire staff.',
      [['Tom Reed', 'said', 'the firm would grow and hire staff']],
    ],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text)).toEqual(expected)
  })
})
