import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('judgesWhatCouldBeSaid', () => {
  // [case, text, cue word]: an adjective's infinitive with no one named, no statement
  const weighed: Array<[string, string, string]> = [
    ['"hard to predict"', 'It is hard to predict how much the new dam will cost.', 'predict'],
    ['"too early to say"', 'It is too early to say whether the shop will reopen.', 'say'],
    ['"difficult to tell"', 'Even then it was difficult to tell who had won the vote.', 'tell'],
    [
      'a comparative after another clause',
      'It remains hard to count the cost, and even harder to predict how long the drought will last.',
      'predict',
    ],
  ]
  it.each(weighed)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: someone named says it
  const kept: Array<[string, string, string]> = [
    ['a named speaker', 'Ms Orla Penn was keen to stress that the dam would cost more.', 'stress'],
    ['a plain verb', 'Ms Orla Penn said that the dam would cost more.', 'said'],
  ]
  it.each(kept)('%s', (_, text, cue) => {
    expect(cues(text).some((found) => found.includes(cue))).toBe(true)
  })
})
