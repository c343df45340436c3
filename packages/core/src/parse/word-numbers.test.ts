import { describe, expect, it } from 'vitest'
import { parseArticle } from './index.ts'
import { lexemeOf } from './lexemes.ts'
import { numberWords, WordNumbering } from './word-numbers.ts'

describe('numberWords', () => {
  it.each([
    ['no and no', [0, 1, 0]],
    ['No and no', [0, 1, 2]],
    ['a b c b a', [0, 1, 2, 1, 0]],
    ['said said said', [0, 0, 0]],
    ['', []],
  ])('%j', (text, expected) => {
    const tokens = text ? text.split(' ').map((word) => ({ text: word })) : []
    const words = numberWords(tokens)
    expect([...words.of]).toEqual(expected)
    expect(words.lexemes.map((lexeme) => lexeme.text)).toEqual([
      ...new Set(tokens.map((token) => token.text)),
    ])
  })

  it('numbers each article from 0, whatever the articles before it', () => {
    numberWords([{ text: 'first' }, { text: 'article' }])
    expect([...numberWords([{ text: 'article' }, { text: 'first' }, { text: 'article' }]).of]).toEqual([
      0, 1, 0,
    ])
  })

  it('gives each token a word of its own text when two articles are numbered at once', () => {
    const one = new WordNumbering()
    const two = new WordNumbering()
    const texts = { one: ['alpha', 'beta', 'alpha'], two: ['beta', 'alpha', 'beta'] }
    for (let k = 0; k < 3; k++) {
      one.push(lexemeOf(texts.one[k] as string))
      two.push(lexemeOf(texts.two[k] as string))
    }
    for (const [numbering, list] of [
      [one, texts.one],
      [two, texts.two],
    ] as const) {
      const { of, lexemes } = numbering.words()
      expect([...of].map((number) => lexemes[number]?.text)).toEqual(list)
    }
  })
})

describe('parseArticle words', () => {
  it.each([
    ['"Yes," he said. He said no.'],
    ['Title line\n\nMoscow - Russia said it would, Russia said.\n\nA second paragraph said so.'],
  ])('gives every token the number of its text: %j', (text) => {
    const { tokens, words } = parseArticle(text)
    expect(words.of.length).toBe(tokens.length)
    tokens.forEach((token, t) => {
      expect(words.lexemes[words.of[t] as number]).toBe(lexemeOf(token.text))
    })
    expect(new Set(words.lexemes.map((lexeme) => lexeme.text)).size).toBe(words.lexemes.length)
  })
})
