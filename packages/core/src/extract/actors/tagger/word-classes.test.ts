import { describe, expect, it } from 'vitest'
import { loadWordClasses } from './load-word-classes.ts'
import { indexWordClasses } from './word-classes.ts'

describe('indexWordClasses', () => {
  const index = indexWordClasses({ coarse: [1, 0, 1], words: ['Paris Rome', 'said told', 'Clinton'] })
  it.each([
    ['Rome', [0, 1]],
    ['told', [1, 0]],
    ['Clinton', [2, 1]],
    ['rome', undefined],
    ['', undefined],
  ])('%s → %j', (word, classes) => {
    expect(index.get(word)).toEqual(classes)
  })
})

describe('the shipped word classes', () => {
  it.each([
    // Words used in the same slots share a class; words used differently do not.
    ['Monday', 'Friday', true],
    ['said', 'said', true],
    ['Reuters', 'Monday', false],
  ])('%s and %s share a fine class: %s', (a, b, same) => {
    const classes = loadWordClasses()
    expect(classes.get(a)?.[0] === classes.get(b)?.[0]).toBe(same)
  })
})
