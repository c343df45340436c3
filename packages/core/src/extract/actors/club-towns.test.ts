import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('joinClubTowns: a club named with its town and without is one club', () => {
  it.each([
    [
      'Vale beat Dinamo Belgrade 2-0 in the league. Dinamo had not lost a match all season.',
      ['organization:Vale', 'organization:Dinamo Belgrade'],
    ],
    [
      'The striker joined Torpedo Madrid in the summer. Torpedo said the fee was a club record.',
      ['organization:Torpedo Madrid'],
    ],
    // No word of team sport: a firm's branch in a city stays its own body.
    [
      'Vellcor Madrid opened two offices this year. Vellcor said sales rose.',
      ['organization:Vellcor Madrid', 'organization:Vellcor'],
    ],
    // Initials before a place name a branch of a body, not a club.
    [
      'The match was shown on ORTV Belgrade. ORTV said the league paid too little.',
      ['organization:ORTV Belgrade', 'organization:ORTV'],
    ],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })
})
