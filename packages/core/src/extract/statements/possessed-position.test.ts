import { describe, expect, it } from 'vitest'
import { statementSlices } from './statement-slices.fixture.ts'

describe('an owned position set equal to a clause', () => {
  // [text, [source, cue, content] of the statements kept]
  const cases: Array<[string, Array<[string | null, string | null, string]>]> = [
    [
      "Nell Brack's one objection was that the bridge opened late.",
      [['Nell Brack', 'objection was', 'that the bridge opened late']],
    ],
    [
      "The new warden's main demand is that the gates should shut at ten.",
      [['The new warden', 'demand is', 'that the gates should shut at ten']],
    ],
    [
      'Her complaint was that nobody had warned the tenants.',
      [['Her', 'complaint was', 'that nobody had warned the tenants']],
    ],
    ['The main complaint was that the ferries were slow.', []],
    ["Nell Brack's complaint was upheld by the panel.", []],
    [
      '"My only complaint is that it snowed," Nell Brack said.',
      [['Nell Brack', 'said', 'My only complaint is that it snowed']],
    ],
  ]
  it.each(cases)('%s', (text, expected) => {
    expect(statementSlices(text)).toEqual(expected)
  })
})
