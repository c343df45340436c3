import { describe, expect, it } from 'vitest'
import { lastRead } from './stance-read.fixture.ts'

describe('actDemandedOf: a sum or help asked for from someone', () => {
  it.each([
    'Growers chief Nell Bragg is asking for about $40m from the World Bank to replant the orchards.',
    'Growers chief Nell Bragg asked for more money from the World Bank after the storm.',
    'Growers chief Nell Bragg asked for £2m in aid from the World Bank.',
  ])('%s → demand of the giver', (text) => {
    expect(lastRead(text).stance).toEqual(['organization:world-bank', 'demand'])
  })

  it.each([
    // Nothing given is asked for, or the sum was received, not asked.
    ['Growers chief Nell Bragg asked for details from the World Bank.', 'asked for'],
    ['Growers chief Nell Bragg asked for a meeting with the World Bank.', 'asked for'],
    ['Growers chief Nell Bragg said she had received $40m from the World Bank.', 'said'],
  ])('%s → none', (text, cue) => {
    expect(lastRead(text)).toMatchObject({ cue, stance: null })
  })
})
