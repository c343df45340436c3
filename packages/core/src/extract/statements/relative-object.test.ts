import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('inRelativeOnAThing', () => {
  // [case, text, cue word]: the cue's object is the thing before it, no statement
  const things: Array<[string, string, string]> = [
    [
      '"which" holds the cue',
      'Ms Orla Penn unveiled a housing fund, which she has likened to a rescue plan for towns.',
      'likened',
    ],
    [
      'a noun, then the source, then "in"',
      'Mr Tam Doyle will leave the firm, a move he disclosed in an interview with the Gazette that ran on Monday.',
      'disclosed',
    ],
    ['a noun, then a pronoun, then "at"', 'The figures she cited at the hearing were out of date.', 'cited'],
  ]
  it.each(things)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: the words said follow the cue
  const kept: Array<[string, string, string]> = [
    ['a time noun before the source', 'Last week she said the plan had failed.', 'said'],
    ['"which" after the cue', 'Mr Tam Doyle said the plan, which he wrote, would work.', 'said'],
    ['a clause after the noun and source', 'In an interview he said that costs would rise.', 'said'],
    ['"whether" opens the words', 'The question she asked whether the mill would close was fair.', 'asked'],
    ['a cue set off by commas', 'The board, which, critics say, is too small, meets today.', 'say'],
    ['"which" the subject of the words', 'He gave back the gifts, which he said were a bribe.', 'said'],
    ['"as" gives a judgment', 'She quit after the speech, which she described as a disgrace.', 'described'],
    ['a title before a name', 'Stars including fitness coach Joe Reed call on the mayor to act.', 'call'],
  ]
  it.each(kept)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
