import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('"claim" with a due as its object', () => {
  // [text, [cue, content] of the statements kept]
  const cases: Array<[string, string[][]]> = [
    ['Those in Britain claiming asylum will be sent home.', []],
    ['Families claiming housing benefit face a cut.', []],
    ['He was claiming expenses for a second home.', []],
    ['The party claimed that the count was flawed.', [['claimed', 'that the count was flawed']]],
    [
      'Mr Lee claimed the benefits of the plan were clear.',
      [['claimed', 'the benefits of the plan were clear']],
    ],
    [
      'The firm claimed damages had been caused by the flood.',
      [['claimed', 'damages had been caused by the flood']],
    ],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text).map(([, cue, content]) => [cue, content])).toEqual(expected)
  })
})
