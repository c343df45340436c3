import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('asksAPrice', () => {
  // [case, text]: a price asked, no accusation
  const prices: Array<[string, string]> = [
    ['a sum', 'The firm charged customers £5 a month for the service.'],
    ['fees', 'The app charges extra fees based on the card used.'],
    ['a sum to a pronoun', 'The club charged them $40 for a seat.'],
  ]
  it.each(prices)('%s', (_, text) => {
    expect(cues(text).filter((cue) => cue.includes('charg'))).toEqual([])
  })

  // [case, text, cue kept]: accusations
  const accusations: Array<[string, string, string]> = [
    ['"with" a crime', 'Police charged him with murder on Friday.', 'charged'],
    ['a clause', 'Prosecutors charged that the firm had hidden its losses.', 'charged'],
    ['a fee in the charge', 'She charged the council with raising fees.', 'charged'],
    ['a tax in a bare clause', 'The mayor charged the new tax was a gift to landlords.', 'charged'],
    ['a sum in the subject', 'Rivals charged the £2m contract had been rigged.', 'charged'],
    ['fees as a subject', 'Tenants charged the rents were set unfairly.', 'charged'],
  ]
  it.each(accusations)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
