import { describe, expect, it } from 'vitest'
import { lexemeMemo, lexemeOf } from './lexemes.ts'

describe('lexemeOf', () => {
  it('gives one lexeme per distinct text', () => {
    expect(lexemeOf('said')).toBe(lexemeOf('said'))
    expect(lexemeOf('said')).not.toBe(lexemeOf('Said'))
    expect(lexemeOf('said').id).not.toBe(lexemeOf('told').id)
  })
})

describe('lexemeMemo', () => {
  it('describes each lexeme once', () => {
    const seen: string[] = []
    const length = lexemeMemo((text) => {
      seen.push(text)
      return text.length
    })
    const words = ['alpha', 'be', 'alpha', 'gamma', 'be']
    expect(words.map((word) => length(lexemeOf(word)))).toEqual([5, 2, 5, 5, 2])
    expect(seen).toEqual(['alpha', 'be', 'gamma'])
  })

  it('starts over for a lexeme of a newer numbering', () => {
    const memo = lexemeMemo((text) => text.toUpperCase())
    expect(memo({ id: 0, text: 'a', generation: 0 })).toBe('A')
    expect(memo({ id: 0, text: 'b', generation: 1 })).toBe('B')
  })
})
