import { describe, expect, it } from 'vitest'
import { AGENCY_CREDIT, isAgencyCredit } from './agency-credits.ts'

// Each row: a line, and whether it is only a news agency credit.
describe('isAgencyCredit', () => {
  it.each([
    ['abc/PAP', true],
    ['dpa/xyz', true],
    ['tk/AFP/Reuters', true],
    ['(kna)', true],
    ['AFP', true],
    // a sentence naming an agency, a line of other words, an agency inside a longer line
    ['The port authority told AFP the ferries would run again on Monday.', false],
    ['and/or', false],
    ['Quelle: dpa, eigene Recherche zum Hafen', false],
    ['APAC/EMEA', false],
  ])('%s: %s', (line, expected) => {
    expect(isAgencyCredit(line)).toBe(expected)
  })

  // Long runs of what the pattern almost matches; no duration is compared (a backtracking pattern would fail by
  // the suite's time limit).
  it.each(['ab/'.repeat(200_000), 'a'.repeat(500_000), `${'ab/ '.repeat(100_000)}PAP!`])(
    'runs in linear time on a long run (%#)',
    (line) => {
      expect(AGENCY_CREDIT.test(line)).toBe(false)
    },
  )
})
