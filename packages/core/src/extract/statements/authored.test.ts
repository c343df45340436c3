import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('namesAnAuthor', () => {
  // [case, text, cue word]: who made a text, no words reported
  const authors: Array<[string, string, string]> = [
    ['after a comma', 'The site holds many essays, written by students for students.', 'written'],
    ['a count before', 'The club has a thousand poems, written by members for members.', 'written'],
  ]
  it.each(authors)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: words written and reported
  const given: Array<[string, string, string]> = [
    [
      'a passive with an adverb',
      '"Dusk" was jointly written by Ms Quill, who said it took a year.',
      'was jointly written',
    ],
    ['a clause written', 'Ms Quill wrote that the essays were poor.', 'wrote'],
    [
      'the report of an authored text',
      'The review, written by Dr Marsh, found that the wards were short of staff.',
      'found',
    ],
  ]
  it.each(given)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
