import { describe, expect, it } from 'vitest'
import { speakerNames } from './speaker-actors.fixture.ts'

/** The speaker's name (or "none") of each statement whose source is a nameless party voice. */
const partyVoiceSpeakers = (text: string) =>
  speakerNames(text, ({ source }) => /party (?:spokes|official)/i.test(source))

// "A party spokesman" speaks for the one party named before (party-named.ts).
describe('a party spokesman is the one party named before', () => {
  it.each([
    [
      'a party named by its name',
      'The leader of the Vale Party was held on Monday. A party spokesman said he had done nothing wrong.',
      ['Vale Party'],
    ],
    [
      'a party in the list of known parties',
      'Labour held a rally in Leeds on Monday. A senior party spokesman said the talks went well.',
      ['Labour Party'],
    ],
    [
      'two parties named: no one',
      'Labour and the Green Party met on Monday. A party spokesman said the talks went well.',
      ['none'],
    ],
    [
      'no party named',
      'Two men were held on Monday. A party official said they had done nothing wrong.',
      ['none'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(partyVoiceSpeakers(text)).toEqual(expected)
  })
})
