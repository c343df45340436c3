import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('announcesItsSubject', () => {
  // [case, text, cue word]: the passive's subject is what was announced, no statement
  const subjects: Array<[string, string, string]> = [
    [
      '"before"',
      'The mill owners met the union on Friday, just before the job cuts were announced.',
      'announced',
    ],
    ['"after"', 'Shares in the bakery chain jumped after the merger was confirmed.', 'confirmed'],
  ]
  it.each(subjects)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: the words before the cue are what was said
  const kept: Array<[string, string, string]> = [
    [
      '"it was announced" after a comma',
      'Bus fares in the town will rise in May, it was announced.',
      'announced',
    ],
    ['an active cue', 'The mill owners met the union before the cuts, Mr Dale Orr said.', 'said'],
  ]
  it.each(kept)('%s', (_, text, cue) => {
    expect(cues(text).some((found) => found.includes(cue))).toBe(true)
  })
})
