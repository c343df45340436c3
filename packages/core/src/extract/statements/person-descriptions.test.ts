import { describe, expect, it } from 'vitest'
import { speakerOfSource } from './speaker-actors.fixture.ts'

describe('a description of one person by a title with a prefix', () => {
  it.each([
    [
      '"the Tory co-chairman" is the person, not the party',
      'Poll row\n\nTory co-chairman Ed Lowe spoke to reporters. The Tory co-chairman said Labour had failed voters.',
      'The Tory co-chairman',
      'Ed Lowe',
    ],
    [
      'a plain title as before',
      'Poll row\n\nGreen vice-president Ann Vale spoke to reporters. The vice-president said the vote was lost.',
      'The vice-president',
      'Ann Vale',
    ],
  ])('%s', (_, text, source, speaker) => {
    expect(speakerOfSource(text, source)).toBe(speaker)
  })
})

const STOPS = 'Stop row\n\nEd Lowe accused Ms Vale of playing games. '

describe('"the spokesman" is not the person the text is about', () => {
  it.each([
    [
      'after an unnamed spokesman',
      `${STOPS}Later, the prime minister's official spokesman urged calm. The plan was not aimed at one group, the spokesman said.`,
      'none',
    ],
    // Must not change: a body's spokesman speaks for the body; a person given the post speaks as themselves.
    [
      "a body's spokesman",
      `${STOPS}Later, a Home Office spokesman urged calm. The plan was not aimed at one group, the spokesman said.`,
      'Home Office',
    ],
  ])('%s', (_, text, speaker) => {
    expect(speakerOfSource(text, 'the spokesman')).toBe(speaker)
  })
})
