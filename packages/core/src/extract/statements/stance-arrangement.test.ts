import { describe, expect, it } from 'vitest'
import { firstStance } from './stance-read.fixture.ts'

describe('phraseStance: agreeing with a party to a deal is no support of it', () => {
  it.each([
    // A deal struck with Y: what was settled follows "to" or a past "agreed with Y that".
    'Tom Vale said he had agreed with the Green Party to freeze rents.',
    'Tom Vale said: "We agreed with the Green Party that the vote would be delayed."',
    'Tom Vale said he had agreed with the Green Party in May that the seat would be left free.',
    'Ann Vale said she was agreeing with the Green Party that both sides would drop the case.',
    // A verb after "to", past an adverb; a binding modal or "be to" in a past that-clause.
    'Tom Vale said he had agreed with the Green Party to jointly run the festival.',
    'Ann Vale said the council agreed with the Green Party that the fund should be split.',
    'Ann Vale said she agreed with the Green Party that both of them were to stand down.',
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
    // "to" before no verb measures the agreement.
    'Tom Vale said: "I agree with the Green Party to some extent."',
    'Ann Vale said she agreed with the Green Party to a point.',
    // A past that-clause settling nothing to come is a view reported in the past tense.
    'Ann Vale said she agreed with the Green Party that the bus fares were far too high.',
    'Tom Vale said he agreed with the Green Party that it was wrong to close the library.',
  ])('%s → support of the Green Party', (text) => {
    expect(firstStance(text)).toEqual(['organization:green-party', 'support'])
  })
})
