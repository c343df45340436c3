import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stances of a short text's statements, each as [target, polarity]. */
function stances(text: string) {
  return analyze(`Ken Harper spoke on Monday. ${text}`)
    .statements.flatMap((statement) => (statement.stance ? [statement.stance] : []))
    .map((stance) => [stance.target, stance.polarity])
}

describe('stance: a theft blames the thief', () => {
  it.each([
    ['Ken Vale said Mr Harper had stolen millions from the pension fund.', 'person:ken-harper', 'blame'],
    ['Ken Vale said Mr Harper stole the savings of his workers.', 'person:ken-harper', 'blame'],
    ['Ken Vale said Mr Harper had embezzled the charity money.', 'person:ken-harper', 'blame'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(stances(text)).toEqual([[target, polarity]])
  })

  it.each([
    // The victim of a theft, or the thing stolen, is not to blame.
    "Ken Vale said burglars had stolen Mr Harper's car.",
    'Ken Vale said Mr Harper was stolen from by his own staff.',
    'Ken Vale said the Harper Trust was stolen in a dubious sale.',
    // A relative clause of another's noun after the target is said of that noun.
    'Ken Vale said Mr Harper was robbed by men who stole his car.',
    'Ken Vale said Mr Harper was attacked by men who killed his dog.',
  ])('%s → no blame', (text) => {
    expect(stances(text)).toEqual([])
  })

  it('keeps a relative clause of a noun the target is linked to', () => {
    expect(stances('Ken Vale said Mr Harper is a man who lied to voters.')).toEqual([
      ['person:ken-harper', 'blame'],
    ])
  })
})

describe('stance: putting something at risk', () => {
  it.each([['Ken Vale said the Green Party proposals would put at risk the stability of the economy.']])(
    '%s → oppose of the Green Party',
    (text) => {
      expect(stances(text)).toEqual([['organization:green-party', 'oppose']])
    },
  )

  it('takes no stance where the risk is denied', () => {
    expect(
      stances('Ken Vale said the Green Party would not put at risk the stability of the economy.'),
    ).toEqual([])
  })
})
