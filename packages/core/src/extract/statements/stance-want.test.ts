import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('wantStance', () => {
  it.each([
    // The speaker's own need or wish of another, with something asked after "to".
    ['Tory leader Jane Doe said: "We need Labour to come clean on taxes."', 'organization:labour-party'],
    [
      'Jane Doe said: "My view is we need the House of Lords to set up a special committee."',
      'organization:house-of-lords',
    ],
    ['Jane Doe said she wanted Labour to apologise.', 'organization:labour-party'],
    // A "needed to" of indirect speech demands of its subject.
    ['Jane Doe said the Green Party needed to explain its figures.', 'organization:green-party'],
  ])('%s → demand of %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'demand'])
  })

  it.each([
    // Wishing someone well, or a plan for them, asks nothing of them.
    'Tory leader Jane Doe said: "I want Labour to win."',
    'Tory leader Jane Doe said: "We want the Green Party to be as open as possible."',
    // A need denied, or someone else's wish, is not the speaker's demand.
    'Jane Doe said: "We don\'t need Labour to tell us what to do."',
    'Jane Doe said: "Voters want Labour to cut taxes."',
  ])('%s → no demand', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('demand')
  })
})
