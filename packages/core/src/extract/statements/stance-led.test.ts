import { describe, expect, it } from 'vitest'
import { analyze } from '../../analyze.ts'

/** The stance of a short text's last statement as [target, polarity], null for none. */
function lastStance(text: string) {
  const stance = analyze(text).statements.at(-1)?.stance
  return stance ? [stance.target, stance.polarity] : null
}

describe('ledBy: a stance verb’s object led or backed by an actor', () => {
  it.each([
    [
      'The US has many ships. Former minister Ann Vale has criticised the US-led aid coalition.',
      'country:united-states',
      'oppose',
    ],
    ['Peru has many ships. Ann Vale has praised the Peru-backed peace plan.', 'country:peru', 'support'],
  ])('%s → %s %s', (text, target, polarity) => {
    expect(lastStance(text)).toEqual([target, polarity])
  })

  it.each([
    // A common word before "-run" names no actor.
    'Ann Vale has criticised the state-run media.',
    // No actor of that name in the text.
    'Ann Vale has criticised the Nato-led mission.',
    // Inspired by or dominated by an actor is not that actor's own.
    'Madonna sang in Leeds. Ann Vale criticised the Madonna-inspired show.',
    'Ostland won the vote. Ann Vale criticised the Ostland-dominated panel.',
  ])('%s → no stance', (text) => {
    expect(lastStance(text)).toBeNull()
  })
})
