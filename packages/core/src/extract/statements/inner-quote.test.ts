import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The contents analyze finds in a text, as written. */
const contents = (text: string) =>
  analyze(text).statements.map((statement) => text.slice(statement.content.start, statement.content.end))

describe('pastInnerQuote', () => {
  // [case, text, the content found]
  const cases: Array<[string, string, string]> = [
    [
      'a quoted word that modifies the noun after it',
      'The brewer said it now plans to spend heavily on "bold" and "high-energy" advertising in Spain and Italy next year.',
      'it now plans to spend heavily on "bold" and "high-energy" advertising in Spain and Italy next year',
    ],
  ]
  it.each(cases)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  // [case, text, a content found]
  const kept: Array<[string, string, string]> = [
    [
      'a content that already runs past its quoted adjective',
      'The club said it would run a "family-first" ticket scheme at every home game.',
      'it would run a "family-first" ticket scheme at every home game',
    ],
    [
      'a quote that ends the sentence',
      'The mayor called the scheme "a waste of money".',
      'the scheme "a waste of money',
    ],
    ['a content that is the quote', 'She said: "We will win the seat."', 'We will win the seat'],
  ]
  it.each(kept)('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })
})
