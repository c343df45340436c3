import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('leavesUnsaid', () => {
  // [case, text, cue word]: words not given yet, no statement
  const unsaid: Array<[string, string, string]> = [
    ['"have yet to say where"', 'The Greens have yet to say where the new homes will go.', 'say'],
    ['"has yet to explain why"', 'The mayor has yet to explain why the bridge stays shut.', 'explain'],
    ['"is yet to confirm"', 'The club is yet to confirm that the coach will stay.', 'confirm'],
  ]
  it.each(unsaid)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]: words given, or a refusal kept negated
  const kept: Array<[string, string, string]> = [
    ['"said" at last', 'The Greens said at last where the new homes will go.', 'said'],
    ['a refusal', 'The mayor would not say whether the bridge stays shut.', 'would not say'],
    ['"not yet" negates', 'The club has not yet said that the coach will stay.', 'has not yet said'],
  ]
  it.each(kept)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
