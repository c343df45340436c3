import { describe, expect, it } from 'vitest'
import { lexemeIn, lexemeMemo, lexemeOf } from './lexemes.ts'

describe('lexemeOf', () => {
  it('gives one lexeme per distinct text', () => {
    expect(lexemeOf('said')).toBe(lexemeOf('said'))
    expect(lexemeOf('said')).not.toBe(lexemeOf('Said'))
    expect(lexemeOf('said').id).not.toBe(lexemeOf('told').id)
  })

  it.each([
    ['he said', 3, 7, 'said'],
    ['Said he', 0, 4, 'Said'],
    ['the extraordinarily long word', 4, 19, 'extraordinarily'],
    ['Москва сказала', 7, 14, 'сказала'],
    ['', 0, 0, ''],
  ])('finds the lexeme of %j from %i to %i by its characters', (view, start, end, text) => {
    const lexeme = lexemeIn(view, start, end)
    expect(lexeme).toBe(lexemeOf(text))
    expect(lexeme.text).toBe(text)
  })

  it('keeps every lexeme and its number as the table grows', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `grow${i.toString(36)}`)
    const first = words.map((word) => lexemeOf(word))
    const ids = new Set(first.map((lexeme) => lexeme.id))
    expect(ids.size).toBe(words.length)
    words.forEach((word, i) => {
      expect(lexemeIn(` ${word} `, 1, word.length + 1)).toBe(first[i])
    })
  })

  it('starts a new numbering when full, and knows each text again in it', () => {
    const before = lexemeOf('numbering')
    let i = 0
    while (lexemeOf(`full${i}`).generation === before.generation) i++
    const after = lexemeOf('numbering')
    expect(after).not.toBe(before)
    expect(after.generation).toBe(before.generation + 1)
    expect(after.text).toBe('numbering')
    expect(lexemeOf('numbering')).toBe(after)
    expect(lexemeOf(`full${i}`).id).toBe(0)
  })

  it('starts over after a few thousand long words, well before it holds its count of texts', () => {
    const before = lexemeOf('long words').generation
    const long = (i: number) => `${i.toString(36)}${'x'.repeat(2000)}`
    let i = 0
    while (i < 10_000 && lexemeOf(long(i)).generation === before) i++
    // 2,000-character words fill the table's characters after about a thousand of them, not 200,000.
    expect(i).toBeLessThan(5000)
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
    expect(memo({ id: 0, text: 'a', generation: 0, numbering: 0, number: 0 })).toBe('A')
    expect(memo({ id: 0, text: 'b', generation: 1, numbering: 0, number: 0 })).toBe('B')
  })
})
