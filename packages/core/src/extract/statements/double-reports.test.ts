import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The cue and content of each statement analyze finds, as written. */
const found = (text: string) =>
  analyze(text).statements.map((statement) => [
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
    text.slice(statement.content.start, statement.content.end),
  ])

describe('settleDoubleReports', () => {
  // [case, text, [cue, content] pairs found]: the words reported once
  const cases: Array<[string, string, string[][]]> = [
    [
      'a cue inside words a trailing cue reports',
      'Many landlords found it easier to evict tenants than to fix the damp, the charity said.',
      [['said', 'Many landlords found it easier to evict tenants than to fix the damp']],
    ],
    [
      'an act whose object runs into "saying"',
      'The mayor defended the levy saying it would pay for new buses.',
      [
        ['defended', 'the levy'],
        ['saying', 'it would pay for new buses'],
      ],
    ],
    [
      'a quote after a colon is the words, whatever a later cue takes',
      'Ms Quill said: "Everyone who rides it says the lift is slow," she said.',
      [['said:', 'Everyone who rides it says the lift is slow']],
    ],
    [
      'a trailing cue after a quote given whole',
      '"We pay our debts on time," she said, insisting the firm was sound.',
      [
        ['said', 'We pay our debts on time'],
        ['insisting', 'the firm was sound'],
      ],
    ],
    [
      'a passive "was quoted" going on to "saying"',
      'Ms Quill was quoted in the Tarrow Gazette saying: "The lift is slow."',
      [['saying:', 'The lift is slow']],
    ],
    [
      '"was quoted" after a quote does not take it',
      'Mr Dunn said the lift had failed. "We are stuck." Ms Quill was quoted by the Gazette as saying: "It is slow."',
      [
        ['said', 'the lift had failed'],
        ['', 'We are stuck'],
        ['was quoted by the Gazette as saying', 'It is slow'],
      ],
    ],
    [
      'a nested report is its own statement',
      'Ms Quill said the porter told her the lift had failed.',
      [
        ['said', 'the porter told her the lift had failed'],
        ['told', 'the lift had failed'],
      ],
    ],
    [
      'two sources, two statements',
      'The mayor defended the levy, and the council said it would pay for new buses.',
      [
        ['defended', 'the levy'],
        ['said', 'it would pay for new buses'],
      ],
    ],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected)
  })

  // [case, text, cue, content]: a statement left whole, as no rule of doubles applies
  const kept: Array<[string, string, string, string]> = [
    [
      'the one of an aside is no trailing cue',
      'The Greens are wary, claiming that, as Ms Quill said, the sums do not add up.',
      'claiming',
      'that, as Ms Quill said, the sums do not add up',
    ],
    [
      'a participle after a name is the act of the one named',
      'The paper quoted Ms Quill telling staff that the lift would close.',
      'quoted',
      'that the lift would close',
    ],
    [
      'a charge denied after a comma is no trailing cue',
      'The union is accusing the firm of moving its staff abroad, a charge the firm denies.',
      'is accusing',
      'the firm of moving its staff abroad',
    ],
  ]
  it.each(kept)('%s', (_, text, cue, content) => {
    expect(found(text)).toContainEqual([cue, content])
  })
})
