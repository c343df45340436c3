import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's first statement as [target, polarity], null for none. */
function firstStance(text: string) {
  const stance = analyze(text).statements[0]?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('phraseStance: what someone is due to do', () => {
  it.each([
    // "an opportunity for Y to", "time for Y to": a demand of Y, whatever the sentence's subject.
    [
      'Tom Vale said the budget was an opportunity for Labour to show its commitment to farmers.',
      'organization:labour-party',
    ],
    [
      'Tom Vale said: "Next week\'s budget is a crucial opportunity for the Green Party to act."',
      'organization:green-party',
    ],
    ['Tom Vale said it was time for Labour to come clean about its plans.', 'organization:labour-party'],
  ])('%s → demand of %s', (text, target) => {
    expect(firstStance(text)).toEqual([target, 'demand'])
  })

  it.each([
    // Without "to" after the actor, or denied, it asks nothing of anyone.
    'Tom Vale said the summit was a good opportunity for France and Spain.',
    "Tom Vale said there was no time for Labour's leader to rest.",
    'Tom Vale said there was no time for Labour to rest.',
  ])('%s → no demand', (text) => {
    expect(firstStance(text)?.[1]).not.toBe('demand')
  })
})
