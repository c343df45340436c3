import { describe, expect, it } from 'vitest'
import type { Anchor } from './anchors.ts'
import { namedMember } from './named-member.ts'
import { speakerNames } from './speaker-actors.fixture.ts'

const speakers = speakerNames

describe('namedMember', () => {
  // [case, text, speakers]
  const cases: Array<[string, string, string[]]> = [
    [
      'a group, then a body it includes',
      'Bus plan\n\nBackers, including the Vale Trust, have urged the council to keep the scheme.',
      ['Vale Trust'],
    ],
    [
      'a group, then two people it includes: the first',
      'Bus plan\n\nOthers, including Senator Tom Harle and Rep. Ann Petty, have asked Bo Rusk to step aside.',
      ['Tom Harle'],
    ],
    [
      'a name, its appositive, and other people like them',
      'Bus plan\n\nAnn Petty, head of the Vale Centre, and other doctors say the test works.',
      ['Ann Petty'],
    ],
    [
      'a name and others',
      'Bus plan\n\nAnn Petty, and others, have called the road a disgrace.',
      ['Ann Petty'],
    ],
    [
      'a group that names no one stays nameless',
      'Bus plan\n\nOfficials, including the police chief, said the road was shut.',
      ['none'],
    ],
    [
      'a group whose member is a description of someone named',
      'Bus plan\n\nParents, including the mother of Tom Harle, said the road was unsafe.',
      ['none'],
    ],
    [
      'a name inside a description is not the speaker',
      'Bus plan\n\nA critic of Ann Petty and others said the plan was weak.',
      ['none'],
    ],
  ]
  it.each(cases)('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected)
  })

  // No duration is compared (the suite's time limit catches a pattern that backtracks; a busy machine must not fail it).
  it('reads long adversarial sources', () => {
    // A person at the start: a pattern that matched wrongly would name them.
    const anchors: Anchor[] = [{ start: 0, end: 1, actor: 'person:x', kind: 'person', form: 'name' }]
    for (const words of [
      `${'a '.repeat(20_000)}and other`,
      `${' ,'.repeat(20_000)}x`,
      `Xs including${' '.repeat(20_000)}`,
      `${'and '.repeat(20_000)}othe`,
    ]) {
      expect(namedMember(words, { start: 0, end: words.length }, anchors)).toBeUndefined()
    }
  })
})
