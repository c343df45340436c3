import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { spanWithSigns } from './glued-signs.ts'
import { spanOf } from './token-span.fixture.ts'

describe('spanWithSigns', () => {
  it.each([
    // [text, the words as tokens, the span's text]
    ['Rents rose 6% last year.', 'Rents rose 6', 'Rents rose 6%'],
    ['The loss was $2m in all.', '2m in all', '$2m in all'],
    ['A fee of €30 was due.', '30 was due', '€30 was due'],
    ['He said £9bn was spent.', '9bn was spent', '£9bn was spent'],
    ['Sales fell 8 % in May.', 'Sales fell 8', 'Sales fell 8'],
    ['It cost $ 40 then.', '40 then', '40 then'],
    ['Costs rose sharply.', 'Costs rose sharply', 'Costs rose sharply'],
  ])('%s', (text, words, expected) => {
    const context = buildContext(parseArticle(text))
    const { start, last } = spanOf(context, text, words)
    const span = spanWithSigns(context, start, last)
    expect(text.slice(span.start, span.end)).toBe(expected)
  })
})
