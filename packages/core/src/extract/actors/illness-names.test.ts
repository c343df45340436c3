import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'
import { isIllnessName } from './illness-names.ts'

describe('isIllnessName', () => {
  it.each([
    ['COVID', true],
    ['Covid-19', true],
    ['Omicron BA.2', true],
    ['MERS', true],
    ['AIDS Healthcare Foundation', false],
    ['Omicron Partners', false],
    ['Vexco', false],
  ])('%j → %s', (name, expected) => {
    expect(isIllnessName(name)).toBe(expected)
  })
})

describe('an illness named by its own name is no actor', () => {
  it.each([
    ['The COVID vaccine was given to staff, Tom Vale said.', ['person:Tom Vale']],
    ['The MERS outbreak in Velmar ended, Ann Kerr said.', ['location:Velmar', 'person:Ann Kerr']],
    ['Omicron BA.2 has been found in Orlin.', ['location:Orlin']],
  ])('%j → %j', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it('keeps a body named after one', () => {
    expect(actorsIn('The AIDS Healthcare Foundation said it would help.')).toEqual([
      'organization:AIDS Healthcare Foundation',
    ])
  })
})
