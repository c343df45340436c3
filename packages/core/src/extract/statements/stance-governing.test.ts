import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { governingParty } from '../governing.ts'
import { buildAnchors } from './anchors.ts'
import { governingByElimination } from './stance-governing.ts'

describe('governingByElimination: the one party not shown in opposition', () => {
  it.each([
    // Shadow offices and a portfolio spokesman put two parties in opposition; the third governs.
    [
      'Home Secretary Tom Hale spoke on Monday. Tory shadow home secretary Ann Vale said Labour had failed. Lib Dem home affairs spokesman Ed Lowe agreed.',
      'organization:labour-party',
    ],
    // Another party's leader leads an opposition party; the government's leads as prime minister.
    [
      'Chancellor Tom Hale met voters. Tory leader Ann Vale said Labour would raise taxes. Lib Dem health spokesman Ed Lowe agreed.',
      'organization:labour-party',
    ],
    // Two parties named, both may be in opposition: the one in office need not be named.
    [
      'Home Secretary Tom Hale spoke. Tory shadow home secretary Ann Vale and the Liberal Democrats disagreed.',
      undefined,
    ],
    // Two parties left: the article does not say which governs.
    [
      'Home Secretary Tom Hale spoke. Tory shadow home secretary Ann Vale said Labour and the Liberal Democrats were wrong.',
      undefined,
    ],
    // A minister who leads a party is no opposition leader.
    [
      'Home Secretary Tom Hale spoke. Tory leader Ann Vale, Labour leader Tom Hale and Lib Dem home affairs spokesman Ed Lowe met.',
      'organization:labour-party',
    ],
    // No minister in the article: no parliament's government is in view.
    ['Tory leader Ann Vale said Labour would raise taxes.', undefined],
    // A leader of a nation's branch, a council group or a deputy leads no opposition party in parliament.
    [
      'Home Secretary Tom Hale spoke on Monday. Scottish Labour leader Ann Vale said the Tories had failed. Lib Dem health spokesman Ed Lowe agreed.',
      undefined,
    ],
    [
      'Chancellor Tom Hale met voters. Tory council leader Ann Vale said Labour would raise taxes. Lib Dem health spokesman Ed Lowe agreed.',
      undefined,
    ],
    [
      "Chancellor Tom Hale met voters. Labour's deputy leader Ann Vale said the Tories would raise taxes. Lib Dem health spokesman Ed Lowe agreed.",
      undefined,
    ],
    // A press secretary or a devolved first minister is no minister of the government.
    [
      'Press secretary Tom Hale spoke. Tory leader Ann Vale said Labour would raise taxes. Lib Dem health spokesman Ed Lowe agreed.',
      undefined,
    ],
    [
      'First Minister Tom Hale spoke. Tory leader Ann Vale said Labour would raise taxes. Lib Dem health spokesman Ed Lowe agreed.',
      undefined,
    ],
    // A party's own press officer is no shadow.
    [
      'Home Secretary Tom Hale spoke. A Labour party spokesman, Ed Lowe, said the Tories were wrong.',
      undefined,
    ],
  ])('%s → %s', (text, party) => {
    const { actors } = analyze(text)
    expect(governingByElimination(parseArticle(text), actors)).toBe(party)
  })
})

describe('governingByElimination on adversarial input', () => {
  // A long run of words after a branch's name and before no "leader": a backtracking pattern would not return.
  it('returns on a long near-miss', () => {
    const text = `Home Secretary Tom Hale spoke. Welsh ${'Labour '.repeat(20_000)}said Ann Vale was wrong.`
    expect(governingByElimination(parseArticle(text), analyze(text).actors)).toBeUndefined()
  })
})

describe('governingParty: a party in office since it won', () => {
  it.each([
    ['Jane Doe said taxes had risen since Labour came to power.', 'organization:labour-party'],
    ['Jane Doe said Labour has been in power too long.', 'organization:labour-party'],
    // Any past time: not taken.
    ['Jane Doe recalled when the Tories came to power.', undefined],
  ])('%s → %s', (text, party) => {
    const { actors } = analyze(text)
    expect(governingParty(parseArticle(text), buildAnchors(actors), actors)).toBe(party)
  })
})

describe('attachStance: "the government" of the country the article is set in', () => {
  it.each([
    [
      'The Labour government met on Monday. Britain was cold. Tory leader Ann Vale said the government had failed the people of Britain.',
      true,
    ],
    // Another country named beside it: that country's government, not the party in office here.
    [
      'The Labour government met on Monday. Britain was cold. Tory leader Ann Vale said the government had failed the people of Peru.',
      false,
    ],
  ])('%s → against Labour: %s', (text, against) => {
    const statement = analyze(text).statements.find((found) => found.content.start > text.indexOf('Ann'))
    expect(statement).toBeDefined()
    expect(statement?.stance?.target === 'organization:labour-party').toBe(against)
  })
})
