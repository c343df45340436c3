import { describe, expect, it } from 'vitest'
import { speakerWhere } from './speaker-actors.fixture.ts'

describe('"the Tory spokesman" with no name', () => {
  it.each([
    [
      'is the shadow minister just quoted',
      'Shadow foreign secretary Tom Varle attacked the plan. "Is this not propaganda?" he asked. The Tory spokesman also criticised the government for its claims.',
      'the government for its claims',
      'person:tom-varle',
    ],
    [
      'is the party a nameless spokesman spoke for just before',
      'A Tory spokesman said the plan was unfair. The Tory spokesman also criticised the government for its claims.',
      'the government for its claims',
      'organization:conservative-party',
    ],
    [
      'is no woman for "spokesman"',
      'Shadow health secretary Ann Rolt attacked the plan. "It is a sham," she said. The Tory spokesman also criticised the government for its claims.',
      'the government for its claims',
      'organization:conservative-party',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(speakerWhere(text, 'content', words, { holds: true })).toBe(speaker)
  })
})
