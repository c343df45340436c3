import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { governingParty } from '../governing.ts'
import { buildAnchors } from './anchors.ts'
import { stancesOf } from './stance-read.fixture.ts'
import { overlapsAny } from './stance-targets.ts'

describe('governingParty: the party the article shows in office', () => {
  it.each([
    ['The Labour government met on Monday. Jane Doe spoke for the Tories.', 'organization:labour-party'],
    ["Jane Doe said Labour's rule had been long.", 'organization:labour-party'],
    // Only the party in office is re-elected.
    ['Jane Doe said taxes would rise if Labour was re-elected.', 'organization:labour-party'],
    ["Jane Doe said the row hurt Labour's re-election chances.", 'organization:labour-party'],
    ['Jane Doe said Labour was elected in 1997.', undefined],
    // A party's past or future government is not the one in office.
    ['Jane Doe said a Tory government would cut taxes.', undefined],
    ['Jane Doe recalled 18 years of Conservative government and said Labour was different.', undefined],
    ['Jane Doe said a decade of Tory government had hurt schools.', undefined],
  ])('%s → %s', (text, party) => {
    const { actors } = analyze(text)
    expect(governingParty(parseArticle(text), buildAnchors(actors), actors)).toBe(party)
  })
})

describe('overlapsAny: whether a span overlaps any of a list, by binary search', () => {
  const spans = [
    { start: 20, end: 25 },
    { start: 0, end: 40 },
    { start: 50, end: 55 },
  ]
  it.each([
    // [case, span, overlaps]
    ['inside a long span that starts before a short one', { start: 30, end: 35 }, true],
    ['touching an end only', { start: 40, end: 50 }, false],
    ['across a start', { start: 48, end: 51 }, true],
    ['after every span', { start: 60, end: 70 }, false],
    ['before every span, ending where one starts', { start: -5, end: 0 }, false],
  ])('%s', (_, span, overlaps) => {
    expect(overlapsAny(spans)(span)).toBe(overlaps)
  })

  it('overlaps nothing in an empty list', () => {
    expect(overlapsAny([])({ start: 0, end: 10 })).toBe(false)
  })
})

describe('"the government" as the home country’s government named only by its seat', () => {
  it.each([
    [
      'Russia cut its oil output. The Kremlin said the plan was sound. Ivan Petrov said the government must sell its oil firms in Russia.',
      'organization:russia-government demand',
    ],
  ])('%s → %s', (text, stance) => {
    expect(stancesOf(text)).toContain(stance)
  })

  it.each([
    // No government named at all: whose "the government" is, the text does not say.
    'Russia cut its oil output. France said the plan was sound. Ivan Petrov said the government must sell its oil firms.',
  ])('%s → no stance', (text) => {
    expect(stancesOf(text)).toEqual([])
  })

  it('a seat of another country than the one the text is set in is not its "the government"', () => {
    const text =
      'Russia cut its oil output in Russia. The White House said the plan was sound. Ivan Petrov said the government must sell its oil firms in Russia.'
    expect(stancesOf(text)).not.toContain('organization:united-states-government demand')
  })
})
