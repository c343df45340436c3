import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('isUnannouncedFuture', () => {
  // [case, text, cue word]: the writer's forecast of words no one has given out
  const forecast: Array<[string, string, string]> = [
    ['an inverted "he will argue"', 'Earlier warnings proved false, he will argue.', 'argue'],
    ['"will also promise"', 'The Greens will also promise to build more homes.', 'promise'],
    ['"will claim that"', 'Ms Harlow will claim that the plan is too costly.', 'claim'],
    ['"may" the modal, in the words', 'Ms Harlow will argue that rents may fall.', 'argue'],
    ['an occasion in the words', 'Mr Dunne will claim that the report is wrong.', 'claim'],
    ['"will counter that"', 'Their rivals will counter that the sums do not add up.', 'counter'],
  ]
  it.each(forecast)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: a speech given out before it is made, or words said
  const given: Array<[string, string, string]> = [
    ['a weekday', 'On Tuesday Ms Harlow will claim that the plan is too costly.', 'will claim'],
    ['the month May', 'In May Ms Harlow will claim that the plan is too costly.', 'will claim'],
    ['a day of May', 'May 5: Ms Harlow will claim that the plan is too costly.', 'will claim'],
    ['a speech', 'Mr Dunne will argue in a speech that rents must fall.', 'will argue'],
    ['a listener', 'The chancellor will tell voters that the worst is over.', 'will tell'],
    ['a conference', 'Mr Dunne will insist to the conference that rents must fall.', 'will insist'],
    ['a quote', '"Rents must fall," Mr Dunne will say.', 'say'],
    ['the past', 'Ms Harlow claimed that the plan was too costly.', 'claimed'],
    ['a refusal, kept negated', 'Mr Dunne will not say whether the rents will fall.', 'will not say'],
  ]
  it.each(given)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
