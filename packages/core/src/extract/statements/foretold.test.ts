import { describe, expect, it } from 'vitest'
import { foundCues } from './found-cues.fixture.ts'

describe('isForetold', () => {
  // [case, text, cue word]: the writer's guess at words not yet said
  const guessed: Array<[string, string, string]> = [
    ['"will undoubtedly"', 'Mr Reed will undoubtedly claim the figures are simply wrong.', 'claim'],
    ['"would probably"', 'The mayor would probably say the budget is too tight.', 'say'],
    ['the adverb before "will"', 'Ms Ogden surely will insist the scheme is fair.', 'insist'],
  ]
  it.each(guessed)('%s', (_, text, word) => {
    expect(foundCues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: words given out, or said
  const given: Array<[string, string, string]> = [
    ['a speech given out before', 'Mr Reed will tell MPs on Monday that the cuts are needed.', 'will tell'],
    ['a past report', 'Mr Reed said the figures were probably wrong.', 'said'],
  ]
  it.each(given)('%s', (_, text, cue) => {
    expect(foundCues(text)).toContain(cue)
  })
})
