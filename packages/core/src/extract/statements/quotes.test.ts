import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'

/** The quotations of a text as [inner text, closed]. */
function quotesOf(text: string): Array<[string, boolean]> {
  const context = buildContext(parseArticle(text))
  return context.quotes.map((quote) => {
    const first = context.tokens[quote.innerStart]
    const last = context.tokens[quote.innerEnd - 1]
    const inner = first && last && quote.innerEnd > quote.innerStart ? text.slice(first.start, last.end) : ''
    return [inner, quote.closed]
  })
}

describe('findQuotes', () => {
  it.each([
    ['"Yes," he said.', [['Yes,', true]]],
    ['“Yes,” he said.', [['Yes,', true]]],
    ['‘Yes,’ he said.', [['Yes,', true]]],
    ["''Yes,'' he said.", [['Yes,', true]]],
    [
      'He called it "a disgrace" and "a shame".',
      [
        ['a disgrace', true],
        ['a shame', true],
      ],
    ],
    [
      '"She said \'never,\' and left," he said.',
      [
        ["She said 'never,' and left,", true],
        ['never,', true],
      ],
    ],
    ["Russia's and the Clintons' plans were clear.", []],
    ['"This never closes', [['This never closes', false]]],
    ['"First. Second," she said.', [['First. Second,', true]]],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected)
  })

  it('ends an unclosed quote with its paragraph', () => {
    const found = quotesOf('Title\n\n"No end here, and no source.\n\nA new paragraph.')
    expect(found).toEqual([['No end here, and no source.', false]])
  })

  it('ends an unclosed quote before its own source and cue', () => {
    const found = quotesOf('Title\n\n"No end here, he said.\n\nA new paragraph.')
    expect(found).toEqual([['No end here', false]])
  })
})
