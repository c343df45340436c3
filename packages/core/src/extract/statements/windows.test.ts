import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { sentenceStartIn } from './windows.ts'

describe('sentenceStartIn', () => {
  const text = 'Rain fell. Mr Dunn said roads closed.'
  const context = buildContext(parseArticle(text))
  const at = (word: string) => context.tokens.findIndex((token) => token.text === word)
  it.each([
    // [case, token, window from, expected first token]
    ["the sentence's first token", 'closed', 0, 'Mr'],
    ['a window starting inside the sentence', 'closed', at('said'), 'said'],
    ['the first sentence', 'fell', 0, 'Rain'],
  ])('%s', (_case, word, from, first) => {
    expect(sentenceStartIn(context, at(word), { from, to: context.tokens.length })).toBe(at(first))
  })
})
