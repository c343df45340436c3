import { describe, expect, it } from 'vitest'
import { speakerNames } from './speaker-actors.fixture.ts'

/** The name of each statement's speaker whose source is "he" or "she", in the order of the text. */
const pronounSpeakerNames = (text: string) => speakerNames(text, ({ source }) => /^(?:he|she)$/i.test(source))

// A speaker found from a description ("the prime minister talked about …") keeps that person in view as a name does.
describe('a person described as speaking stays in view for the pronouns after', () => {
  it.each([
    [
      'the prime minister described speaking outweighs a chancellor named in passing before',
      [
        "Tom Vane's big speech will be remembered. The prime minister used his speech to set out his plans.",
        'There was an attempt to end the gossip about his rift with Chancellor Ed Hale.',
        'And there was a call for unity, although that may irritate his chancellor.\n\n',
        'There was little that was new, although the prime minister talked about a "plan for all".',
        'His was a speech meant to remind people what the party stood for. It is, as he said, more than "a device".\n\n',
        'To that end he set out a broad plan. In a key section, he declared: "We will win."',
      ].join(' '),
      ['Tom Vane', 'Tom Vane'],
    ],
    [
      'a man named speaking after the description is the one in view',
      'Prime Minister Tom Vane gave his big speech on Monday. The prime minister talked about a "plan for all". Ed Hale said the plan would cost too much. It was, he said, "a plan for none".',
      ['Ed Hale'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(pronounSpeakerNames(text)).toEqual(expected)
  })
})
