import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'
import { parseArticle } from '../../parse/index.ts'
import { deniedClaim } from './stance-denied-claim.ts'

/** The stance of a text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(`Tom Reed spoke on Monday. ${text}`).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

/** The words of the denied claim in a one-sentence text, or null. */
function claimIn(text: string) {
  const span = deniedClaim(parseArticle(text), text.length - 2)
  return span ? text.slice(span.start, span.end) : null
}

describe('deniedClaim: a claim the sentence calls false', () => {
  it.each([
    [
      'She said claims that the mayor took bribes were wrong.',
      'claims that the mayor took bribes were wrong',
    ],
    [
      'The suggestion that the club cheated is simply untrue.',
      'suggestion that the club cheated is simply untrue',
    ],
    [
      'He said reports that the deal had collapsed were not true.',
      'reports that the deal had collapsed were not true',
    ],
    // The verdict is the claim's own words when its clause runs on.
    ['She backed the claim that the mayor was wrong to sell the land.', null],
    ['He said the claim that the deal was good for farmers was heard twice.', null],
    ['She said the mayor was wrong.', null],
  ])('%s → %s', (text, claim) => {
    expect(claimIn(text)).toBe(claim)
  })
})

describe('learnedStance and rivalStance: no stance toward the one a denied claim names', () => {
  it.each([
    'Ann Vale said claims that Tom Reed lied to the council were wrong.',
    'Ann Vale said the allegation that Tom Reed misled voters was completely false.',
    'Ann Vale said suggestions that Tom Reed was corrupt are nonsense.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })

  it('a charge the speaker makes still opposes', () => {
    expect(lastStance('Ann Vale said Tom Reed lied to the council.')).toEqual(['person:tom-reed', 'blame'])
  })
})

describe('deniedClaim on adversarial input', () => {
  // No duration is compared (the suite's time limit catches a scan that runs away; a busy machine must not fail it).
  it('reads a long run of claim words and links', () => {
    const text = `${'claims that it is '.repeat(3000)}fine.`
    expect(deniedClaim(parseArticle(text), 10)).toBeUndefined()
  })
})
