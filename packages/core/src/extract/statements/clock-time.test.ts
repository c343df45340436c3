import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { isAfterNumberColon } from './clock-time.ts'
import { buildContext } from './context.ts'

describe('isAfterNumberColon', () => {
  // [text, word, whether that word follows a number and a colon without spaces]
  it.each([
    ['Police said at 1:30 p.m. the road was shut.', '30', true],
    ['The home side won 2:1 on Sunday.', '1', true],
    ['The count was 40: 12 more than last year.', '12', false],
    ['He told reporters: 30 jobs will go.', '30', false],
    ['He said at 9:45 that the road was shut.', 'that', false],
  ])('%s', (text, word, expected) => {
    const context = buildContext(parseArticle(text))
    const t = context.tokens.findIndex((token) => token.text === word)
    expect(t).toBeGreaterThan(0)
    expect(isAfterNumberColon(context, t)).toBe(expected)
  })
})

describe('the content of a cue before a time', () => {
  // [text, the content of its one statement]
  it.each([
    [
      'Road shut\n\nThe road is shut due to a gas leak, the police reported at 1:30 p.m. on Nov. 8.',
      'The road is shut due to a gas leak',
    ],
    [
      'Road shut\n\nThe match was called off, the club said at 11:05 a.m. on Saturday.',
      'The match was called off',
    ],
  ])('%s', (text, content) => {
    const contents = analyze(text).statements.map((s) => text.slice(s.content.start, s.content.end))
    expect(contents).toEqual([content])
  })
})
