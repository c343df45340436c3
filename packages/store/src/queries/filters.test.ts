import { describe, expect, it } from 'vitest'
import { clampLimit, containsPattern } from './filters.ts'

describe('clampLimit', () => {
  it.each([
    [undefined, 20],
    [0, 1],
    [-5, 1],
    [7.9, 7],
    [100, 100],
    [1000, 100],
    [Number.NaN, 20],
  ])('%s → %s', (limit, expected) => {
    expect(clampLimit(limit)).toBe(expected)
  })
})

describe('containsPattern', () => {
  it.each([
    ['Ryab', '%ryab%'],
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['back\\slash', '%back\\\\slash%'],
  ])('%s → %s', (text, expected) => {
    expect(containsPattern(text)).toBe(expected)
  })
})
