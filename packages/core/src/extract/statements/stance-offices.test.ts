import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from '../actors/index.ts'
import { buildAnchors } from './anchors.ts'
import { officeHolderAnchors } from './stance-offices.ts'

/** Each office description a stance may target in a short text, as [its words, the actor]. */
function holders(text: string) {
  const parsed = parseArticle(text)
  const actors = extractActors(parsed)
  return officeHolderAnchors(parsed, buildAnchors(actors), actors).map((anchor) => [
    parsed.view.slice(anchor.start, anchor.end),
    anchor.actor,
  ])
}

/** The stances of a short text's statements as [target, polarity], null for none. */
function stances(text: string) {
  return analyze(text).statements.map((statement) =>
    statement.stance ? [statement.stance.target, statement.stance.polarity] : null,
  )
}

const FAIRLEY = 'Neil Fairley set out his budget on Monday. Mr Fairley said taxes would fall.'

describe('officeHolderAnchors: office descriptions as the person the article gives the office to', () => {
  it.each([
    // [case, text, descriptions and their holders]
    [
      'the holder named twice and most in view',
      `${FAIRLEY} Critics urged the chancellor to resign.`,
      [['chancellor', 'person:neil-fairley']],
    ],
    // Who acts on the description in its sentence is not its holder, and a leader does not hold the chancellorship.
    [
      'past the subject of its sentence',
      `${FAIRLEY} Tory leader Tom Vale urged the chancellor to resign.`,
      [['chancellor', 'person:neil-fairley']],
    ],
    ['not a shadow office', `${FAIRLEY} Critics attacked the shadow chancellor.`, []],
    [
      'not a holder named once',
      'Neil Fairley set out his budget on Monday. Critics urged the chancellor to resign.',
      [],
    ],
    [
      'not a holder whose role is the shadow office',
      'Shadow chancellor Tom Vale spoke on Monday. Mr Vale said taxes would rise. Critics urged the chancellor to resign.',
      [],
    ],
    ['nothing without an office', `${FAIRLEY} Critics urged the minister to resign.`, []],
  ])('%s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected)
  })
})

describe('officeHolderAnchors on adversarial input', () => {
  // Long runs of "the" and of words a description may hold: a backtracking pattern would not return.
  it.each([`${FAIRLEY} ${'the '.repeat(20_000)}`, `${FAIRLEY} The ${'ab-cd '.repeat(20_000)}chancellor`])(
    'finds no description in a long near-miss %#',
    (text) => {
      expect(holders(text)).toEqual([])
    },
  )
})

describe('attachStance toward an office the article gives to one person', () => {
  it.each([
    // [text, target, polarity]
    [`${FAIRLEY} Tory leader Tom Vale urged the chancellor to resign.`, 'person:neil-fairley', 'demand'],
    [
      `${FAIRLEY} Tory leader Tom Vale said the chancellor had misled voters.`,
      'person:neil-fairley',
      'blame',
    ],
  ])('%s', (text, target, polarity) => {
    expect(stances(text)).toContainEqual([target, polarity])
  })

  it('takes no stance toward a shadow office holder for the office', () => {
    const text =
      'Shadow chancellor Tom Vale spoke on Monday. Mr Vale said taxes would rise. Jo Hart said the chancellor had misled voters.'
    expect(stances(text).filter((stance) => stance?.[0] === 'person:tom-vale')).toEqual([])
  })
})
