import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { buildContext } from './context.ts'
import { isRelativePassive } from './relative-passive.ts'

describe('isRelativePassive', () => {
  // [case, text, participle (first place it occurs), a relative passive with no agent]
  const cases: Array<[string, string, string, boolean]> = [
    [
      '"which are described as"',
      'The farm has fields which are described as ideal for wheat.',
      'described',
      true,
    ],
    ['"who are referred for"', 'Pupils who are referred for help will get a tutor.', 'referred', true],
    [
      '"that have been reported" with a perfect',
      'Faults that have been reported often go unfixed.',
      'reported',
      true,
    ],
    ['an adverb between', 'Fields which are widely described as ideal sell fast.', 'described', true],
    [
      'an agent after "by"',
      'The farm has fields which are described by locals as ideal.',
      'described',
      false,
    ],
    [
      'a passive whose subject is a noun',
      'The fields were described as ideal for wheat.',
      'described',
      false,
    ],
    [
      'an active verb after the relative',
      'Farmers who described the fields as ideal sold them.',
      'described',
      false,
    ],
    ['"said" after a name', 'Tom Reed, who chairs the club, said the fields were ideal.', 'said', false],
  ]
  it.each(cases)('%s', (_, text, participle, expected) => {
    const context = buildContext(parseArticle(text))
    const at = text.indexOf(participle)
    const t = context.tokens.findIndex((token) => token.start === at)
    expect(isRelativePassive(context, t)).toBe(expected)
  })
})

describe('relative passives in analyze', () => {
  // [text, cue words of the statements kept]
  const cases: Array<[string, string[]]> = [
    ['The farm has fields which are described as ideal for wheat.', []],
    ['Pupils who are referred for help will get a tutor, the council said.', ['said']],
  ]
  it.each(cases)('%s', (text, cues) => {
    const found = analyze(text).statements.map((s) => (s.cue ? text.slice(s.cue.start, s.cue.end) : ''))
    expect(found).toEqual(cues)
  })
})
