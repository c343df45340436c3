import { describe, expect, it } from 'vitest'
import { isAskingForVerb } from './for-after-cue.ts'
import { statementSlices } from './statement-slices.fixture.ts'

describe('forHeadsContent: what was asked for follows "for"', () => {
  // [text, [source, cue, content] of the statements kept]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      'The dock union is asking for £4m from the port owners.',
      [['The dock union', 'is asking for', '£4m from the port owners']],
    ],
    [
      'The parish group is asking for £9,000 from the county.',
      [['The parish group', 'is asking for', '£9,000 from the county']],
    ],
    [
      'The rowing club called for £2m from the lottery.',
      [['The rowing club', 'called for', '£2m from the lottery']],
    ],
    [
      'The builder said he would pay for the repairs.',
      [['The builder', 'said', 'he would pay for the repairs']],
    ],
    ['The rowing club is saving for a new boat.', []],
    // A noun that starts like a verb of asking heads nothing: the content is what the union said.
    [
      'The nurses kept up the pressure for a pay rise, their union said.',
      [['their union', 'said', 'The nurses kept up the pressure for a pay rise']],
    ],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text)).toEqual(expected)
  })
})

describe('isAskingForVerb: a verb of asking as a whole word', () => {
  it.each([
    ['ask', true],
    ['asks', true],
    ['called', true],
    ['appealing', true],
    ['pressed', true],
    ['presses', true],
    ['pushing', true],
    ['pleaded', true],
    ['pled', true],
    ['lobbied', true],
    ['lobbying', true],
    ['campaigns', true],
    ['clamoured', true],
    ['clamors', true],
    // Nouns and other words that only start like one.
    ['pressure', false],
    ['pressures', false],
    ['callers', false],
    ['campaigners', false],
    ['lobbyist', false],
    ['pushover', false],
    ['appealable', false],
    ['askance', false],
  ])('%s: %s', (word, asks) => {
    expect(isAskingForVerb(word)).toBe(asks)
  })
})
