import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'

describe('a time zone after a clock time is no actor', () => {
  it.each([
    ['The vote closes at 10:11 pm CST on Friday, Tom Vale said.', ['person:Tom Vale']],
    ['The launch is at 6 p.m. PST, Ann Kerr said.', ['person:Ann Kerr']],
    ['The deadline was 23:59 UTC in Orlin.', ['location:Orlin']],
    ['Kickoff in Velmar is at 3pm ET.', ['location:Velmar']],
  ])('%j → %j', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })

  it('keeps the letters where no time stands before them', () => {
    expect(actorsIn('The UTC board met at noon.')).toEqual(['organization:UTC'])
  })
})
