import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The statements analyze finds in a text, as "source | cue | content". */
const statements = (text: string) =>
  analyze(text).statements.map((s) =>
    [s.source, s.cue, s.content].map((span) => (span ? text.slice(span.start, span.end) : '')).join(' | '),
  )

describe('splitAtAside', () => {
  // [case, text, statements found]
  const cases: Array<[string, string, string[]]> = [
    [
      'a modal goes on with the reported words',
      'The tunnel is only a first estimate, Jo Park told reporters, and could grow next year.',
      ['Jo Park | told | The tunnel is only a first estimate', 'Jo Park | told | could grow next year'],
    ],
    [
      'a rest with a subject of its own',
      'The plan is too slow, Mr Hart said, and it will fail by spring.',
      ['Mr Hart | said | The plan is too slow', 'Mr Hart | said | it will fail by spring'],
    ],
    [
      '", but" and a pronoun for the speaker',
      'Fares went up in May, the rail firm said, but they should fall again in the autumn.',
      [
        'the rail firm | said | Fares went up in May',
        'the rail firm | said | they should fall again in the autumn',
      ],
    ],
    [
      'a content that ran over the aside is cut before it',
      'The bridge is safe, he said, and would reopen soon.',
      ['he | said | The bridge is safe', 'he | said | would reopen soon'],
    ],
    [
      'a verb right after the joiner is what the speaker did: no second statement',
      'The bridge is safe, Mr Hart said, but declined to give figures.',
      ['Mr Hart | said | The bridge is safe'],
    ],
    [
      'a refusal after a pronoun: no second statement',
      'Sales will climb in March, the shop said, though it declined to give figures.',
      ['the shop | said | Sales will climb in March'],
    ],
    [
      'a verb of speech after a pronoun reads nothing back over the aside',
      'Prices will fall this year, Ms Reid told reporters, although she would not say by how much.',
      ['Ms Reid | told | fall this year'],
    ],
    [
      'a rest that holds a statement of its own stays that statement',
      'The bridge is safe, Mr Hart said, but the council warned that it was old.',
      ['Mr Hart | said | The bridge is safe', 'the council | warned | that it was old'],
    ],
    [
      'no joiner after the aside',
      'The bridge is safe, Mr Hart said.',
      ['Mr Hart | said | The bridge is safe'],
    ],
  ]
  it.each(cases)('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected)
  })
})
