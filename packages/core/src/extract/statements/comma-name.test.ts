import { describe, expect, it } from 'vitest'
import { nameBetweenCommas } from './comma-name.ts'
import { sourceWordsBy } from './source-place.fixture.ts'

/** The words of the source nameBetweenCommas gives when the chosen source is `chosen`, before the cue `cue`. */
const sourceWords = sourceWordsBy(nameBetweenCommas)

describe('nameBetweenCommas', () => {
  // [case, text, source chosen, cue, source words given]
  const cases: Array<[string, string, string, string, string]> = [
    [
      'a role, then the name between commas',
      'Plan\n\nDirector, David Caldwell, said it failed.',
      'Director',
      'said',
      'David Caldwell',
    ],
    [
      'a description between commas is no name',
      'Plan\n\nMr Reed, the director, said it failed.',
      'Mr Reed',
      'said',
      'Mr Reed',
    ],
    [
      'a source right before its cue stays',
      'Plan\n\nDirector David Caldwell said it failed.',
      'Director David Caldwell',
      'said',
      'Director David Caldwell',
    ],
  ]
  it.each(cases)('%s', (_case, text, chosen, cue, words) => {
    expect(sourceWords(text, chosen, cue)).toBe(words)
  })
})
