import { describe, expect, it } from 'vitest'
import { foundCues } from './found-cues.fixture.ts'

describe('readsAsReader', () => {
  // [case, text]: a person who read, no words given
  const readers: Array<[string, string]> = [
    ['a contracted "He\'d"', "He'd read that there were fires in the forest."],
    ['"They" before a clause', 'They read that the bridge would close.'],
  ]
  it.each(readers)('%s', (_, text) => {
    expect(foundCues(text).filter((cue) => cue.startsWith('read'))).toEqual([])
  })

  // [case, text, cue kept]: a text that gives its words
  const texts: Array<[string, string, string]> = [
    ['a sign with a colon', 'The sign read: "Keep out".', 'read:'],
    ['a statement with a clause', 'The statement read that the firm would appeal.', 'read'],
    // Someone reading aloud gives words too.
    [
      'reading a statement aloud',
      'He read a statement to reporters saying the firm would appeal.',
      'read a statement to reporters saying',
    ],
  ]
  it.each(texts)('%s', (_, text, cue) => {
    expect(foundCues(text)).toContain(cue)
  })
})
