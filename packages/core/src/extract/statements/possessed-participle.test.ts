import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('a participle between a possessive and its noun, or after a subject read as adjectives', () => {
  // [text, [cue, content] of the statements kept]
  const cases: Array<[string, string[][]]> = [
    ["Mr Kay's reported plan would cost little.", []],
    ["The council's proposed tax was dropped.", []],
    ["The firm's stated aim is growth.", []],
    ['The reported plan would cost little.', []],
    ["Ms Lee's claimed that the vote was rigged.", [['claimed', 'that the vote was rigged']]],
    ['The chief executive warned that sales would fall.', [['warned', 'that sales would fall']]],
    ['The chief executive admitted the firm had lost ground.', [['admitted', 'the firm had lost ground']]],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text).map(([, cue, content]) => [cue, content])).toEqual(expected)
  })
})
