import { describe, expect, it } from 'vitest'
import { lastStance } from './stance-read.fixture.ts'

describe('leaningStance: one camp judging another in words no lexicon lists', () => {
  it.each([
    [
      'Labour MP Ann Vale said: "Tom Reed is trading on fear and spreading scares about crime."',
      'person:tom-reed',
    ],
    [
      'Labour MP Ann Vale said Tom Reed was trading on fear and spreading scares about crime.',
      'person:tom-reed',
    ],
  ])('%s → %s oppose', (text, target) => {
    expect(lastStance(text)).toEqual([target, 'oppose'])
  })

  it.each([
    // Hearsay about the subject, not the speaker's own judgment.
    'Labour MP Ann Vale said Tom Reed had been reported to be stoking fear and division.',
    // The actor is not the clause's subject.
    'Labour MP Ann Vale said voters were tired of the fear and division spread about the Green Party.',
    // The speaker's own party.
    'Labour MP Ann Vale said: "Labour is trading on fear and spreading scares about crime."',
    // A speaker of no known camp.
    'The reporter Ann Vale said Tom Reed was trading on fear and spreading scares about crime.',
    'Ann Vale said Tom Reed was trading on fear and spreading scares about crime.',
    // Nothing negative.
    'Labour MP Ann Vale said the Green Party will visit the school on Monday.',
  ])('%s → none', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})
