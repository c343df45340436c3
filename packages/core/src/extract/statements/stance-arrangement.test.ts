import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's first statement as [target, polarity], null for none. */
function firstStance(text: string) {
  const stance = analyze(text).statements[0]?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('phraseStance: agreeing with a party to a deal is no support of it', () => {
  it.each([
    // A deal struck with Y: what was settled follows "to" or a past "agreed with Y that".
    'Tom Vale said he had agreed with the Green Party to freeze rents.',
    'Tom Vale said: "We agreed with the Green Party that the vote would be delayed."',
    'Tom Vale said he had agreed with the Green Party in May that the seat would be left free.',
    'Ann Vale said she was agreeing with the Green Party that both sides would drop the case.',
  ])('%s → no support of the Green Party', (text) => {
    expect(firstStance(text)).not.toEqual(['organization:green-party', 'support'])
  })

  it.each([
    // A view shared: a present "agree with Y (that)", or Y's view named.
    'Tom Vale said: "I agree with the Green Party."',
    'Tom Vale said: "I agree with the Green Party that the new tax is unfair."',
    "Ann Vale said she agreed with the Green Party's view on the new tax.",
    'Ann Vale said she fully agreed with the Green Party.',
    // A "to" further on belongs to the topic, not to terms settled.
    'Tom Vale said: "I agree with the Green Party on the need to cut fees."',
  ])('%s → support of the Green Party', (text) => {
    expect(firstStance(text)).toEqual(['organization:green-party', 'support'])
  })
})
