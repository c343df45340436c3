import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('objectIsNoWords', () => {
  // [case, text, cue word]: a source cited or a thing at risk, no words given
  const noWords: Array<[string, string, string]> = [
    ['a danger to health', 'Smoke from the fires threatens the health of thousands, doctors say.', 'threat'],
    ['a danger to a future', 'The new dam threatens the survival of the valley’s fish.', 'threat'],
    ['a source cited', 'The agency, citing the national weather office, noted that rain fell.', 'cit'],
    ['a danger, then a relative', 'The new dam threatens the fish that live in the valley.', 'threat'],
    ['a survey cited', 'Officials, citing a recent survey, reported that sales had doubled.', 'cit'],
  ]
  it.each(noWords)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: threats made and reasons given
  const given: Array<[string, string, string]> = [
    ['an infinitive', 'Mr Okoye threatened to resign.', 'threatened'],
    ['"with" an action', 'The mayor threatened the council with legal action.', 'threatened'],
    ['a clause threatened', 'Angry tenants threatened that the landlord would be sued.', 'threatened'],
    ['a listener, then a clause', 'Mr Okoye threatened the board that he would quit.', 'threatened'],
    ['a listener, then a bare clause', 'Mr Okoye threatened the board he would quit.', 'threatened'],
    ['a threat named', 'The union threatened a strike over pay.', 'threatened'],
    ['a reason cited', 'The firm also cited a lack of trained staff.', 'also cited'],
    ['a reason from sources', 'The firm also cited a lack of power from other sources.', 'also cited'],
    ['a source word as a modifier', 'The bank refused, citing data privacy laws.', 'citing'],
    ['a source as a possessor', "The bank refused, citing the agency's worries about fraud.", 'citing'],
    ['a clause cited', 'The minister resigned, citing fears that the plan would fail.', 'citing fears'],
    [
      'the sentence’s own report',
      'The agency, citing the national weather office, noted that rain fell.',
      'noted',
    ],
  ]
  it.each(given)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
