import { describe, expect, it } from 'vitest'
import { foundCues } from './found-cues.fixture.ts'

describe('infersFromAnEvent', () => {
  // [case, text]: a conclusion drawn from an event, no one speaking
  const drawn: Array<[string, string]> = [
    ['"suggesting" after a fall', 'Prices fell sharply after the launch, suggesting that demand is weak.'],
    [
      '"indicating" after a preposition',
      'Ice melts faster after its formation, indicating that the summer may be hot.',
    ],
    ['"indicating" after a rise', 'Rents rose again, indicating that supply is short.'],
  ]
  it.each(drawn)('%s', (_, text) => {
    expect(foundCues(text).filter((cue) => /ing$/.test(cue))).toEqual([])
  })

  // [case, text, cue kept]: the participle goes on with words said
  const said: Array<[string, string, string]> = [
    ['after a verb of speech', 'The minister spoke briefly, indicating that he would resign.', 'indicating'],
    ['a plain report', 'The minister suggested that he would resign.', 'suggested'],
  ]
  it.each(said)('%s', (_, text, cue) => {
    expect(foundCues(text)).toContain(cue)
  })
})
