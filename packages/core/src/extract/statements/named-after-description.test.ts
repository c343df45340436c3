import { describe, expect, it } from 'vitest'
import { actorAfterDescription } from './named-after-description.ts'

describe('actorAfterDescription', () => {
  // [case, source text, names in it as [words, actor], expected actor]
  const cases: Array<[string, string, Array<[string, string]>, string | undefined]> = [
    [
      'a description, then the name it describes',
      'One of the bidders who lost out, steel giant Arcelor',
      [['Arcelor', 'organization:arcelor']],
      'organization:arcelor',
    ],
    [
      'a description after "the", then a person',
      'the firm’s new owner, Tom Reed',
      [['Tom Reed', 'person:tom-reed']],
      'person:tom-reed',
    ],
    [
      'a name before the comma: not a description',
      'Tom Reed, a delegate',
      [['Tom Reed', 'person:tom-reed']],
      undefined,
    ],
    [
      'a description that names someone itself',
      'One of the bidders of Vexco, steel giant Arcelor',
      [
        ['Vexco', 'organization:vexco'],
        ['Arcelor', 'organization:arcelor'],
      ],
      undefined,
    ],
    [
      'a participle saying where a writing came out',
      'The book, serialised in the Sunday Post',
      [['Sunday Post', 'organization:sunday-post']],
      undefined,
    ],
    [
      'a preposition after the comma',
      'The report, by the Audit Office',
      [['Audit Office', 'organization:audit-office']],
      undefined,
    ],
    [
      'two names after the comma',
      'Two of the bidders, Vexco and Arcelor',
      [
        ['Vexco', 'organization:vexco'],
        ['Arcelor', 'organization:arcelor'],
      ],
      undefined,
    ],
  ]
  it.each(cases)('%s', (_case, source, names, expected) => {
    const inside = names.map(([words, actor]) => {
      const start = source.indexOf(words)
      return { start, end: start + words.length, actor, kind: 'organization' as const, form: 'name' as const }
    })
    expect(actorAfterDescription(source, { start: 0, end: source.length }, inside)).toBe(expected)
  })
})
