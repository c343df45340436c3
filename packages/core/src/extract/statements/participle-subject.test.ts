import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('describesItsSubject', () => {
  // [case, text, cue word]: a participle on the subject, the sentence's verb after it
  const subjects: Array<[string, string, string]> = [
    ['a modal', 'Fans complaining should write to the club.', 'complain'],
    ['an auxiliary', 'Tenants complaining have been offered a new flat.', 'complain'],
    ['a modal and an infinitive', 'Businesses complaining might like to look at their own pay.', 'complain'],
  ]
  it.each(subjects)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]
  const reports: Array<[string, string, string]> = [
    ['a progressive', 'Fans are complaining that fees will rise.', 'are complaining'],
    ['a participle with a clause', 'Lee left the room saying he would return.', 'saying'],
    ['a relative’s gap', 'The crash, which he said would happen, came on Monday.', 'said'],
  ]
  it.each(reports)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
