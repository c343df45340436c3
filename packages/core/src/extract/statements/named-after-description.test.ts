import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import { actorAfterDescription, actorApposedAfter } from './named-after-description.ts'

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

describe('actorApposedAfter', () => {
  // [case, sentence, source words, cue word, names in it as [words, actor, kind], expected actor]
  const cases: Array<
    [string, string, string, string, Array<[string, string, ActorKind]>, string | undefined]
  > = [
    [
      'a description, a name, a first verb, then the cue',
      'The union’s leader, Ann Cole, backed the deal but said more was needed.',
      'The union’s leader',
      'said',
      [['Ann Cole', 'person:ann-cole', 'person']],
      'person:ann-cole',
    ],
    [
      'a body the description belongs to is named',
      'The Vale Party’s chief, Ann Cole, praised staff and added that pay would rise.',
      'The Vale Party’s chief',
      'added',
      [
        ['Vale Party', 'organization:vale-party', 'organization'],
        ['Ann Cole', 'person:ann-cole', 'person'],
      ],
      'person:ann-cole',
    ],
    [
      'a possessive opener',
      'Its chief, Ann Cole, praised staff and added that pay would rise.',
      'Its chief',
      'added',
      [['Ann Cole', 'person:ann-cole', 'person']],
      'person:ann-cole',
    ],
    [
      'a second name before the cue may be the one who spoke',
      'The union’s leader, Ann Cole, met Tom Reed and said more was needed.',
      'The union’s leader',
      'said',
      [
        ['Ann Cole', 'person:ann-cole', 'person'],
        ['Tom Reed', 'person:tom-reed', 'person'],
      ],
      undefined,
    ],
    [
      'no comma after the name: a new clause',
      'The union’s leader, Ann Cole said more was needed.',
      'The union’s leader',
      'said',
      [['Ann Cole', 'person:ann-cole', 'person']],
      undefined,
    ],
    [
      'a sentence ends before the cue',
      'The union’s leader, Ann Cole, left. Officials said more was needed.',
      'The union’s leader',
      'said',
      [['Ann Cole', 'person:ann-cole', 'person']],
      undefined,
    ],
    [
      'the source names someone itself',
      'Tom Reed, the leader, Ann Cole, and others said more was needed.',
      'Tom Reed, the leader',
      'said',
      [
        ['Tom Reed', 'person:tom-reed', 'person'],
        ['Ann Cole', 'person:ann-cole', 'person'],
      ],
      undefined,
    ],
    [
      'no description opener',
      'Officials, Ann Cole, said more was needed.',
      'Officials',
      'said',
      [['Ann Cole', 'person:ann-cole', 'person']],
      undefined,
    ],
  ]
  it.each(cases)('%s', (_case, sentence, sourceWords, cueWord, names, expected) => {
    const source = {
      start: sentence.indexOf(sourceWords),
      end: sentence.indexOf(sourceWords) + sourceWords.length,
    }
    const cueStart = sentence.indexOf(` ${cueWord} `) + 1
    const anchors = names.map(([words, actor, kind]) => {
      const start = sentence.indexOf(words)
      return { start, end: start + words.length, actor, kind, form: 'name' as const }
    })
    const cue = { start: cueStart, end: cueStart + cueWord.length }
    expect(actorApposedAfter(sentence, source, cue, anchors)).toBe(expected)
  })
})

describe('a name apposed after a description speaks for the later cue', () => {
  // [sentence, the speaker of its last statement]
  const cases: Array<[string, string]> = [
    [
      "The party's leader, Jane Rowe, backed the plan but said that voters should be asked first.",
      'person:jane-rowe',
    ],
    [
      "The Green Party's Welsh leader, Jane Rowe, welcomed the plan but added that a vote was due.",
      'person:jane-rowe',
    ],
  ]
  it.each(cases)('%s', (sentence, expected) => {
    const statements = analyze(`Plan backed\n\n${sentence}`).statements
    expect(statements.at(-1)?.speaker).toBe(expected)
  })
})
