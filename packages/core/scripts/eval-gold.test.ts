import { describe, expect, it } from 'vitest'
import { analyze } from '../src/index.ts'
import type { Analysis } from '../src/schemas/analysis.ts'
import { agreement, locate, locateAll, nameKey, scoreArticle } from './eval-gold.ts'

describe('nameKey', () => {
  it.each([
    ['Mr Blair', 'blair'],
    ['the Labour Party', 'labour party'],
    ["Blair's", 'blair'],
    ['Sir  Alan   Budd', 'alan budd'],
    ['Dr. Fox', 'fox'],
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key))
})

describe('locate', () => {
  it.each([
    ['He said the plan would fail.', 'the plan would fail', { start: 8, end: 27 }],
    ['He said the plan\nwould fail.', 'the plan would fail', { start: 8, end: 27 }],
    ['He said nothing.', 'the plan', null],
  ])('%j in %j', (text, snippet, span) => expect(locate(text, snippet)).toEqual(span))
})

const text =
  'Labour attack\n\nLabour leader Tom Brand said the tax rise would hurt families. Mr Brand added that he would fight it.'

/** An analysis of the text with the actors and statements given instead of analyze's own. */
function analysisOf(actors: Analysis['actors'], statements: [string | null, string][]): Analysis {
  const analysis = analyze(text)
  analysis.actors = actors
  analysis.statements = statements.map(([speaker, content], index) => {
    const start = text.indexOf(content)
    return {
      id: `s_${String(index).padStart(16, '0')}`,
      speaker,
      ...(speaker === null ? { speakerReason: 'unresolved' as const } : {}),
      source: null,
      cue: null,
      content: { start, end: start + content.length },
      mode: 'indirect' as const,
      negated: false,
    }
  })
  return analysis
}

const span = (form: string, from = 0) => {
  const start = text.indexOf(form, from)
  return { start, end: start + form.length }
}
const brand = {
  id: 'person:tom-brand',
  name: 'Tom Brand',
  kind: 'person' as const,
  aliases: ['Brand'],
  mentions: [span('Tom Brand')],
}
const labour = {
  id: 'organization:labour',
  name: 'Labour',
  kind: 'organization' as const,
  aliases: [],
  mentions: [span('Labour')],
}

describe('scoreArticle', () => {
  const gold = {
    source: 'test',
    actors: [
      {
        name: 'Tom Brand',
        kind: 'person',
        role: 'leader',
        affiliation: 'Labour',
        mentions: ['Tom Brand', 'Mr Brand'],
      },
      { name: 'Labour', kind: 'organization', mentions: ['Labour'] },
    ],
    statements: [
      { speaker: 'Tom Brand', cue: 'said', content: 'the tax rise would hurt families' },
      { speaker: 'Tom Brand', cue: 'added', content: 'he would fight it' },
    ],
  }

  it.each([
    [
      'both right',
      [
        ['person:tom-brand', 'the tax rise would hurt families'],
        ['person:tom-brand', 'he would fight it'],
      ],
      { matched: 2, rightSpeaker: 2, extras: 0 },
    ],
    [
      'one wrong speaker',
      [
        ['organization:labour', 'the tax rise would hurt families'],
        ['person:tom-brand', 'he would fight it'],
      ],
      { matched: 2, rightSpeaker: 1, extras: 0 },
    ],
    [
      'one missed, one extra',
      [
        ['person:tom-brand', 'the tax rise would hurt families'],
        [null, 'Labour attack'],
      ],
      { matched: 1, rightSpeaker: 1, extras: 1 },
    ],
    [
      'a piece of a found quote is no extra',
      [
        ['person:tom-brand', 'the tax rise would hurt families'],
        ['person:tom-brand', 'hurt families'],
      ],
      { matched: 1, rightSpeaker: 1, extras: 0, pieces: 1 },
    ],
    [
      'a content that barely overlaps is no match',
      [['person:tom-brand', 'said the tax']],
      { matched: 0, rightSpeaker: 0, extras: 1 },
    ],
  ] as [string, [string | null, string][], Record<string, number>][])('%s', (_, statements, expected) => {
    const counts = scoreArticle(analysisOf([brand, labour], statements), gold)
    expect(counts).toMatchObject(expected)
  })

  it.each([
    [
      'two parts',
      [span('the tax rise would hurt families'), span('he would fight it')],
      { matched: 2, rightSpeaker: 2, joined: 1, rightSpeakerJoined: 1, extras: 0 },
    ],
    [
      'one part over both',
      [{ start: span('the tax rise').start, end: span('he would fight it').end }],
      { matched: 1, rightSpeaker: 1, joined: 0, extras: 0 },
    ],
  ])('a statement in %s finds each gold statement it holds as a part', (_, parts, expected) => {
    const analysis = analysisOf([brand, labour], [['person:tom-brand', 'the tax rise would hurt families']])
    const [statement] = analysis.statements
    if (statement === undefined) throw new Error('no statement')
    statement.content = { start: parts[0]?.start ?? 0, end: parts.at(-1)?.end ?? 0 }
    if (parts.length > 1) statement.contentParts = parts
    expect(scoreArticle(analysis, gold)).toMatchObject(expected)
  })

  it('counts actors found, split, of the wrong kind and spurious', () => {
    const extraBrand = {
      id: 'location:brand',
      name: 'Brand',
      kind: 'location' as const,
      aliases: [],
      mentions: [span('Brand', 40)],
    }
    const monday = { id: 'person:monday', name: 'Monday', kind: 'person' as const, aliases: [], mentions: [] }
    const labourPerson = { ...labour, id: 'person:labour', kind: 'person' as const }
    const counts = scoreArticle(analysisOf([brand, extraBrand, monday, labourPerson], []), gold)
    expect(counts).toMatchObject({
      goldActors: 2,
      actorsFound: 2,
      actorsRightKind: 1,
      actorsSplit: 1,
      spuriousActors: 1,
      spuriousPersons: 1,
    })
  })
})

describe('locateAll', () => {
  it.each([
    [
      '"Too late." Later she said: "Too late."',
      'Too late',
      [
        { start: 1, end: 9 },
        { start: 29, end: 37 },
      ],
    ],
    [
      'He said the plan\nwould fail. Then: the plan  would fail.',
      'the plan would fail',
      [
        { start: 8, end: 27 },
        { start: 35, end: 55 },
      ],
    ],
    ['He said nothing.', 'the plan', []],
    ['He said nothing.', '', []],
  ])('%j, %j', (text, snippet, spans) => expect(locateAll(text, snippet)).toEqual(spans))
})

describe('scoreArticle with a content printed twice', () => {
  it('finds the statement at whichever occurrence is reported (a pull quote above its attributed copy)', () => {
    const twice = 'We will win the vote.\n\nTom Brand said: "We will win the vote."'
    const at = twice.lastIndexOf('We will win the vote')
    const analysis = analyze(twice)
    const named = twice.indexOf('Tom Brand')
    analysis.actors = [{ ...brand, mentions: [{ start: named, end: named + 9 }] }]
    analysis.statements = [
      {
        id: 's_0000000000000000',
        speaker: 'person:tom-brand',
        source: null,
        cue: null,
        content: { start: at, end: at + 'We will win the vote'.length },
        mode: 'direct',
        negated: false,
      },
    ]
    const gold = {
      source: 'test',
      actors: [{ name: 'Tom Brand', kind: 'person', mentions: ['Tom Brand'] }],
      statements: [{ speaker: 'Tom Brand', cue: 'said', content: 'We will win the vote' }],
    }
    expect(scoreArticle(analysis, gold)).toMatchObject({ matched: 1, rightSpeaker: 1, extras: 0 })
  })

  it('takes a content of fewer than four words at its first occurrence only', () => {
    const twice = 'No.\n\nTom Brand said: "No."'
    const at = twice.lastIndexOf('No')
    const analysis = analyze(twice)
    analysis.actors = [brand]
    analysis.statements = [
      {
        id: 's_0000000000000000',
        speaker: 'person:tom-brand',
        source: null,
        cue: null,
        content: { start: at, end: at + 2 },
        mode: 'direct',
        negated: false,
      },
    ]
    const gold = {
      source: 'test',
      actors: [{ name: 'Tom Brand', kind: 'person', mentions: ['Tom Brand'] }],
      statements: [{ speaker: 'Tom Brand', cue: 'said', content: 'No' }],
    }
    expect(scoreArticle(analysis, gold)).toMatchObject({ matched: 0, extras: 1 })
  })
})

describe('agreement', () => {
  it('counts statements both readers found and whether they gave one speaker', () => {
    const first = {
      source: 't',
      actors: [{ name: 'Tom Brand', kind: 'person', mentions: ['Tom Brand'] }],
      statements: [{ speaker: 'Tom Brand', content: 'the tax rise would hurt families' }],
    }
    const second = {
      source: 't',
      actors: [{ name: 'Tom Brand', kind: 'person', mentions: ['Tom Brand'] }],
      statements: [
        { speaker: null, speakerReason: 'unresolved', content: 'the tax rise would hurt' },
        { speaker: 'Tom Brand', content: 'he would fight it' },
      ],
    }
    expect(agreement(first, second, text)).toEqual({
      statements: [1, 2],
      both: 1,
      sameSpeaker: 0,
      actors: [1, 1],
      actorsBoth: 1,
    })
  })
})
