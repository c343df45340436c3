import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { opensSetOffRelative } from './relative-source.ts'

/** Whether the source `source` (its first place in `text`) before the cue `cue` (the next place) is a set-off relative. */
function setOff(text: string, source: string, cue: string): boolean {
  const start = text.indexOf(source)
  const cueAt = text.indexOf(cue, start + source.length)
  return opensSetOffRelative(
    parseArticle(text).tokens,
    { start, end: start + source.length },
    { start: cueAt, end: cueAt + cue.length },
  )
}

describe('opensSetOffRelative', () => {
  // [case, text, source, cue, set off]
  const cases: Array<[string, string, string, string, boolean]> = [
    [
      '"who" after a name and a comma',
      'Plan\n\nTom Reed, who moved to Leeds, said it failed.',
      'who moved to Leeds',
      'said',
      true,
    ],
    [
      '"which" after a body',
      'Plan\n\nThe Vale Trust, which runs the mill, said it failed.',
      'which runs the mill',
      'said',
      true,
    ],
    [
      '"whose" after a name',
      'Plan\n\nAnn Lee, whose firm was sold, has said it failed.',
      'whose firm was sold',
      'has said',
      true,
    ],
    [
      'the cue right after the clause',
      'Plan\n\nAnn Lee, who this week criticised the plan.',
      'who this week',
      'criticised',
      true,
    ],
    [
      'a clause with a subject of its own',
      'Plan\n\nTom Reed, who it says ran the firm, left.',
      'who it',
      'says',
      false,
    ],
    [
      'a name as the clause subject',
      'Plan\n\nTom Reed, who Ann Lee says ran the firm, left.',
      'who Ann Lee',
      'says',
      false,
    ],
    [
      'an adverb before the cue',
      'Plan\n\nAnn Lee, who later told the panel it failed.',
      'who later',
      'told',
      true,
    ],
    [
      'a plural noun as the clause subject, no comma after it',
      'Plan\n\nTom Reed, who prosecutors say moved money, denied it.',
      'who prosecutors',
      'say',
      false,
    ],
    [
      'a possessive subject',
      'Plan\n\nThe Vale Trust, which our readers say is slow, left.',
      'which our readers',
      'say',
      false,
    ],
    [
      'no comma before the pronoun',
      'Plan\n\nThe games which teach maths said little.',
      'which teach maths',
      'said',
      false,
    ],
    [
      '"and" between the clause and the cue',
      'Plan\n\nTom Reed praised Ann Lee, who died in May, and thanked the staff.',
      'who died in May',
      'thanked',
      false,
    ],
    [
      'a source that only names someone',
      'Plan\n\nTom Reed, the director, said it failed.',
      'the director',
      'said',
      false,
    ],
  ]
  it.each(cases)('%s', (_case, text, source, cue, expected) => {
    expect(setOff(text, source, cue)).toBe(expected)
  })
})
