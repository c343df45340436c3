import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: a modal in a clause of what someone decided or reported', () => {
  it.each([
    // What was decided, reported or planned for Y is not what the speaker asks of Y.
    'Ann Vale said the decision that Walter Brisk should lead the bank was made in May.',
    'Ann Vale said reports that the Green Party must repay the loan were wrong.',
    'Ann Vale said the ruling that Walter Brisk must pay had surprised her.',
    // Where Y lands is a forecast.
    'Ann Vale said Walter Brisk should end up with most of the shares.',
  ])('%s → no demand', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('demand')
  })

  it.each([
    // The speaker's own demand, and a view that is the speaker's own, still demand.
    ['Ann Vale said Walter Brisk should end the strike now.', 'person:walter-brisk'],
    ['Ann Vale said Walter Brisk should resign.', 'person:walter-brisk'],
    ['Ann Vale said it was her view that Walter Brisk should resign.', 'person:walter-brisk'],
  ])('%s → demand of %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'demand'])
  })
})
