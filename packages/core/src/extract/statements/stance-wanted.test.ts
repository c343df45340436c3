import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: "Y is not wanted"', () => {
  it.each([
    ['Ann Cole said the Vale Party was not wanted in the city.', 'organization:vale-party'],
    [
      'Ann Cole said: "I am sure the Vale Party are not needed and not wanted here."',
      'organization:vale-party',
    ],
    ['Tom Reed told reporters that the Green Party were not wanted in Dunmore.', 'organization:green-party'],
  ])('%s → oppose %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'oppose'])
  })

  it.each([
    // A past perfect of "want", not a form of "be".
    'Ann Cole said Tom Reed had not wanted to stand again.',
    // What comes from Y is not Y.
    'Ann Cole said the offer from Tom Reed was not wanted.',
    // Not sought by someone, or kept from an act: no rejection of Y.
    'Ann Cole said Tom Reed is not wanted by the police.',
    // "and not wanted" with no form of "be" before it.
    'Ann Cole said Tom Reed left early and not wanted here.',
  ])('%s → no stance', (text) => {
    expect(firstStance(text)).toBeNull()
  })
})
