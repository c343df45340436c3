import { describe, expect, it } from 'vitest'
import { otherOffice, otherOffices } from './other-office.ts'

describe('otherOffice', () => {
  it.each([
    ['Shadow chancellor', 'shadow'],
    ['the former president', 'former'],
    ['ex-president', 'ex'],
    ['a would-be mayor', 'would-be'],
    ['Interim leader', 'interim'],
    ['this foreshadows the chancellor', undefined],
    ['the next Texas governor', undefined],
    ['the civil service minister', undefined],
    ['reacting to the minister', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(otherOffice(text)).toBe(expected)
  })
})

describe('otherOffices', () => {
  it.each([
    ['former shadow chancellor', ['former', 'shadow']],
    ['ex-deputy leader', ['ex']],
    ['the chancellor', []],
  ])('%j → %j', (text, expected) => {
    expect(otherOffices(text)).toEqual(expected)
  })
})
