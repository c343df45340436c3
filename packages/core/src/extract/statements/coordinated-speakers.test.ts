import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'
import { buildAnchors } from './anchors.ts'
import { buildDiscourse } from './antecedents.ts'
import { coordinatedSpeakers } from './coordinated-speakers.ts'
import { resolveSpeakers } from './speakers.ts'

/** Each statement's speaker (or reason for none), in text order. */
function speakersOf(text: string): string[] {
  return analyze(text).statements.map((statement) => statement.speaker ?? `null:${statement.speakerReason}`)
}

describe('a source that lists speakers gives a statement to each', () => {
  it.each([
    [
      'two people',
      'Tom Varle and Ann Rolt said the plan had failed.',
      ['person:tom-varle', 'person:ann-rolt'],
    ],
    [
      'two parties',
      'The Tories and the Lib Dems say the tax would hurt families.',
      ['organization:conservative-party', 'organization:liberal-democrats'],
    ],
    [
      'three people, with commas',
      'Tom Varle, Ann Rolt and Ivo Drask said the vote was rigged.',
      ['person:tom-varle', 'person:ann-rolt', 'person:ivo-drask'],
    ],
    [
      'after the cue',
      '"We will appeal," said Tom Varle and Ann Rolt.',
      ['person:tom-varle', 'person:ann-rolt'],
    ],
    [
      'a list the source found only the end of',
      'Fares rose in June. The Marsh Wildlife Trust and the RSPB say they will oppose the road.',
      ['organization:marsh-wildlife-trust', 'organization:rspb'],
    ],
    [
      'names with short forms in brackets',
      'Both the Institute of Plumbers (IOP) and the National Builders Federation (NBF) said orders had slumped.',
      ['organization:institute-of-plumbers', 'organization:national-builders-federation'],
    ],
    [
      'words between the list and its cue',
      'Germany and France have repeatedly called for the embargo to be lifted.',
      ['country:germany', 'country:france'],
    ],
  ])('%s', (_, text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers)
  })

  it('gives each copy an id of its own', () => {
    const ids = analyze('Tom Varle and Ann Rolt said the plan had failed.').statements.map((s) => s.id)
    expect(new Set(ids).size).toBe(2)
  })
})

describe('a source that is no list of speakers keeps one statement', () => {
  it.each([
    ['a name with "and" in it', 'The Department of Trade and Industry said the deal was fair.'],
    ['a name and its appositive', 'Tom Varle, the Vale Party leader, said the deal was fair.'],
    ['names inside a longer subject', 'The feud between Tom Varle and Ann Rolt has ended, aides say.'],
    [
      'a name after "and" inside a longer subject',
      'Fans of Tom Varle and the RSPCA say they will watch the sales.',
    ],
  ])('%s', (_, text) => {
    expect(speakersOf(text)).toHaveLength(1)
  })

  it('a list that is not the subject of its cue', () => {
    // "Tom Varle and Ann Rolt were held for a year, accused of fraud": the list does not say anything.
    const text = 'Tom Varle and Ann Rolt were held for a year, accused of fraud.'
    const actors: Actor[] = [
      {
        id: 'person:tom-varle',
        name: 'Tom Varle',
        kind: 'person',
        aliases: [],
        mentions: [{ start: 0, end: 9 }],
      },
      {
        id: 'person:ann-rolt',
        name: 'Ann Rolt',
        kind: 'person',
        aliases: [],
        mentions: [{ start: 14, end: 22 }],
      },
    ]
    const cue = text.indexOf('accused')
    const statement: Statement = {
      id: 's_0000000000000000',
      speaker: null,
      speakerReason: 'unresolved',
      source: { start: 0, end: 22 },
      cue: { start: cue, end: cue + 'accused'.length },
      content: { start: cue + 11, end: text.length - 1 },
      mode: 'indirect',
      negated: false,
    }
    expect(resolveSpeakers(parseArticle(text), [statement], buildAnchors(actors), actors)).toHaveLength(1)
  })
})

describe('the speakers a source lists', () => {
  /** The actors of a source "A and B" whose two names the tagger gave as two bodies. */
  function listed(text: string, first: string, second: string): string[] {
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    const actors: Actor[] = [
      { id: 'organization:a', name: first, kind: 'organization', aliases: [], mentions: [at(first)] },
      { id: 'organization:b', name: second, kind: 'organization', aliases: [], mentions: [at(second)] },
    ]
    const parsed = parseArticle(text)
    const discourse = buildDiscourse(parsed, buildAnchors(actors), actors)
    return coordinatedSpeakers(discourse, { start: at(first).start, end: at(second).end })
  }

  it.each([
    [
      'two bodies',
      'Vale Bank and Harwick Trust said so.',
      'Vale Bank',
      'Harwick Trust',
      ['organization:a', 'organization:b'],
    ],
    // One name the tagger cut at its "and": "the Federation of Rowing and Sculling Clubs".
    [
      'a name "… of …" going on past a bare "and"',
      'The Federation of Rowing and Sculling Clubs said so.',
      'Federation of Rowing',
      'Sculling Clubs',
      [],
    ],
    [
      '"of" names in a list with the',
      'The Bank of Vale and the Harwick Trust said so.',
      'Bank of Vale',
      'Harwick Trust',
      ['organization:a', 'organization:b'],
    ],
    [
      'a name and a place word between',
      'Vale Bank in Harwick Trust said so.',
      'Vale Bank',
      'Harwick Trust',
      [],
    ],
  ])('%s', (_, text, first, second, speakers) => {
    expect(listed(text, first, second)).toEqual(speakers)
  })

  it.each([
    [
      'a long run of spaces between the names',
      `Vale Bank ${' '.repeat(200_000)}x and Harwick Trust said so.`,
    ],
    [
      'a long run of commas between the names',
      `Vale Bank ${', '.repeat(100_000)}x and Harwick Trust said so.`,
    ],
  ])('stays linear on %s', (_, text) => {
    // No duration is compared: a quadratic rule here fails by the suite's time limit.
    expect(listed(text, 'Vale Bank', 'Harwick Trust')).toEqual([])
  })

  it('stays linear on a long run of spaces after the last name', () => {
    // The words after the list are read too ("… Trust (HT) both said"); no duration is compared: a rule that tries
    // each way to share the spaces among its parts fails by the suite's time limit.
    const text = `Vale Bank and Harwick Trust ${' '.repeat(20_000)}x said so.`
    const actors: Actor[] = [
      {
        id: 'organization:a',
        name: 'Vale Bank',
        kind: 'organization',
        aliases: [],
        mentions: [{ start: 0, end: 9 }],
      },
      {
        id: 'organization:b',
        name: 'Harwick Trust',
        kind: 'organization',
        aliases: [],
        mentions: [{ start: 14, end: 27 }],
      },
    ]
    const discourse = buildDiscourse(parseArticle(text), buildAnchors(actors), actors)
    expect(coordinatedSpeakers(discourse, { start: 0, end: text.indexOf('x') + 1 })).toEqual([])
  })
})
