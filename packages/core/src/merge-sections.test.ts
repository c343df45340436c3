import { describe, expect, it } from 'vitest'
import { mergeSections } from './merge-sections.ts'
import type { Actor } from './schemas/actor.ts'
import type { Statement } from './schemas/statement.ts'

const span = (start: number, end: number) => ({ start, end })
const pell = (over: Partial<Actor> = {}): Actor => ({
  id: 'person:ann-pell',
  name: 'Ann Pell',
  kind: 'person',
  aliases: [],
  mentions: [span(0, 8)],
  ...over,
})
const said = (over: Partial<Statement> = {}): Statement => ({
  id: 's_0123456789abcdef',
  speaker: 'person:ann-pell',
  source: span(0, 8),
  cue: span(9, 13),
  content: span(14, 30),
  mode: 'indirect',
  negated: false,
  ...over,
})

describe('mergeSections', () => {
  it('leaves the first section as it is', () => {
    const actor = pell()
    const statement = said()
    expect(mergeSections([{ offset: 0, actors: [actor], statements: [statement] }])).toEqual({
      actors: [actor],
      statements: [statement],
    })
  })

  // [case, first section's actor, second section's actor, what the merged actor holds]
  const joins: Array<[string, Partial<Actor>, Partial<Actor>, Partial<Actor>]> = [
    ['mentions moved and added', {}, {}, { mentions: [span(0, 8), span(100, 108)] }],
    ['a role only the later section gives', {}, { role: 'councillor' }, { role: 'councillor' }],
    ['the first role stands', { role: 'councillor' }, { role: 'mayor' }, { role: 'councillor' }],
    [
      'an affiliation only the later section gives',
      {},
      { affiliation: 'organization:harbour-trust' },
      { affiliation: 'organization:harbour-trust' },
    ],
    [
      'another name form is an alias',
      {},
      { name: 'Ann B. Pell', aliases: ['Pell'] },
      { aliases: ['Pell', 'Ann B. Pell'] },
    ],
    [
      'references moved and added',
      {},
      { references: [{ span: span(20, 23), form: 'pronoun' }] },
      { references: [{ span: span(120, 123), form: 'pronoun' }] },
    ],
  ]
  it.each(joins)('joins one actor found in two sections: %s', (_case, first, later, expected) => {
    const [actor, ...rest] = mergeSections([
      { offset: 0, actors: [pell(first)], statements: [] },
      { offset: 100, actors: [pell(later)], statements: [] },
    ]).actors
    expect(rest).toEqual([])
    expect(actor).toMatchObject(expected)
    expect(actor?.name).toBe('Ann Pell')
  })

  it('moves every span of a later statement and gives it an id of its own', () => {
    const statement = said({
      contentParts: [span(14, 20), span(24, 30)],
      stance: { target: 'organization:harbour-trust', polarity: 'oppose', evidence: span(15, 19) },
    })
    const { statements } = mergeSections([
      { offset: 0, actors: [], statements: [statement] },
      { offset: 100, actors: [], statements: [statement] },
    ])
    expect(statements[1]).toEqual({
      ...statement,
      id: expect.stringMatching(/^s_[0-9a-f]{16}$/),
      source: span(100, 108),
      cue: span(109, 113),
      content: span(114, 130),
      contentParts: [span(114, 120), span(124, 130)],
      stance: { target: 'organization:harbour-trust', polarity: 'oppose', evidence: span(115, 119) },
    })
    expect(statements[1]?.id).not.toBe(statement.id)
  })

  it('keeps a statement without a source or cue so', () => {
    const statement = said({ source: null, cue: null, speaker: null, speakerReason: 'no-source' })
    const [, moved] = mergeSections([
      { offset: 0, actors: [], statements: [statement] },
      { offset: 50, actors: [], statements: [statement] },
    ]).statements
    expect(moved).toMatchObject({ source: null, cue: null, content: span(64, 80) })
  })
})
