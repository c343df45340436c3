import { describe, expect, it } from 'vitest'
import { isBareGovernmentWord, isGovernmentName, speaksOfGovernment } from './government-mentions.ts'

describe('the words that name the government in office', () => {
  it.each([
    ['Ann Vale said the government had failed farmers.', true],
    ['Tom Rake said this government would fall.', true],
    ['Ministers met in Leeds on Monday.', true],
    ['The Kenyan government denied it.', false],
    ['Tom Rake said the plan was governmental overreach.', false],
    ['The minister spoke to farmers.', false],
  ])('speaksOfGovernment: %s → %s', (text, speaks) => {
    expect(speaksOfGovernment(text)).toBe(speaks)
  })

  it('answers the same when asked twice (the pattern is global)', () => {
    expect([speaksOfGovernment('the government'), speaksOfGovernment('the government')]).toEqual([true, true])
  })

  it.each([
    ['Government', true],
    ['the Government', true],
    [' Government ', true],
    ['UK government', false],
    ['Government Digital Service', false],
  ])('isGovernmentName: %j → %s', (name, is) => {
    expect(isGovernmentName(name)).toBe(is)
  })

  it.each([
    ['government', true],
    ['Ministers', true],
    ['the government', false],
    ['ministerial', false],
  ])('isBareGovernmentWord: %j → %s', (words, is) => {
    expect(isBareGovernmentWord(words)).toBe(is)
  })
})
