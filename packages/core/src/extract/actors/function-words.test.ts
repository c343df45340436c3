import { describe, expect, it } from 'vitest'
import { isFunctionWord } from './function-words.ts'

describe('isFunctionWord', () => {
  it.each([
    ['If', true],
    ['Under', true],
    ['when', false],
    ['AS', false],
    ['US', false],
    ['Will', false],
    ['But', true],
    ['The', false],
    ['Labour', false],
    ['New', false],
    ['Clarke', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected)
  })
})
