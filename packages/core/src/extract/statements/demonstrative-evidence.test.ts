import { describe, expect, it } from 'vitest'
import { foundCues as cues } from './found-cues.fixture.ts'

describe('concludesFromAFact', () => {
  // [case, text, cue word]: the writer's conclusion from the fact before
  const conclusions: Array<[string, string, string]> = [
    ['"this suggests"', 'Prices fell in May. This suggests the plan is working.', 'suggest'],
    ['"this indicates that"', 'Sales doubled. This indicates that shoppers are back.', 'indicat'],
  ]
  it.each(conclusions)('%s', (_, text, word) => {
    expect(cues(text).filter((cue) => cue.includes(word))).toEqual([])
  })

  // [case, text, cue kept]
  const sources: Array<[string, string, string]> = [
    ['a study named', 'This study suggests that the drug works.', 'suggests'],
    ['findings named', 'These findings suggest that the drug works.', 'suggest'],
    ['"it" for a report', 'Sales doubled. It suggests that shoppers are back.', 'suggests'],
    ['a speaker after', 'That proves the plan was sound, she said.', 'said'],
  ]
  it.each(sources)('%s', (_, text, cue) => {
    expect(cues(text)).toContain(cue)
  })
})
