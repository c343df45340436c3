import { describe, expect, it } from 'vitest'
import { spokenStatements } from './speaker-actors.fixture.ts'

/** Who makes the claim whose cue is the noun `noun`: the speaker's name, or "none" with the reason. */
const claimant = (text: string, noun: string) =>
  spokenStatements(text)
    .filter(({ cue }) => cue === noun)
    .map(({ speaker, reason }) => (speaker === 'none' ? `none (${reason})` : speaker))

// A claim noun after "amid", "despite", … is not the sentence subject's (claim-after-preposition.ts).
describe('claims a preposition sets apart from the subject', () => {
  it.each([
    [
      'no owner given',
      'Tom Reed defended the new tax amid claims that it hurts savers.',
      'claims',
      ['none (anonymous)'],
    ],
    [
      'no owner, no "that"',
      'Tom Reed has defended the tax amid claims he misled MPs.',
      'claims',
      ['none (anonymous)'],
    ],
    [
      'an unnamed side',
      'Tom Reed has defended the tax amid opposition claims it was unfair.',
      'claims',
      ['none (anonymous)'],
    ],
    [
      'a named party stays the owner',
      'Tom Reed defended the tax amid Labour claims that it hurts savers.',
      'claims',
      ['Labour Party'],
    ],
    ['a verb, not a noun: the subject', 'Tom Reed claims that the tax is fair.', 'claims', ['Tom Reed']],
    [
      'a pronoun owner: not settled here',
      'Tom Reed has defended his record amid his claims that it was fair.',
      'claims',
      ['Tom Reed'],
    ],
  ])('%s', (_case, text, noun, expected) => {
    expect(claimant(text, noun)).toEqual(expected)
  })
})
