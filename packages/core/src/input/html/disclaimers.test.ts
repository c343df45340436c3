import { describe, expect, it } from 'vitest'
import { DISCLAIMER, hasDisclaimer } from './disclaimers.ts'

// Each row: a line, and whether it says a site's disclaimer or rights notice.
describe('hasDisclaimer', () => {
  it.each([
    ['Alle Angaben ohne Gewähr.', true],
    ["Les articles n'engagent que leurs auteurs.", true],
    ['The Harbour Post is not responsible for the opinions of its contributors.', true],
    ['This article is the copyrighted property of the Harbour Post.', true],
    ['Written permission must be obtained before reprint in online or print media.', true],
    ['Nachdruck nur mit Genehmigung der Redaktion.', true],
    // prose about rights and responsibility, and a long passage
    ['The council said the port was responsible for the repairs.', false],
    ['Ann Lee owns the copyright to the photos of the old quay.', false],
    [`Alle Angaben ohne Gewähr. ${'The council met again on Tuesday. '.repeat(10)}`, false],
  ])('%s: %s', (line, expected) => {
    expect(hasDisclaimer(line)).toBe(expected)
  })

  // Long runs of what the pattern almost matches; no duration is compared (a backtracking pattern would fail by
  // the suite's time limit).
  it.each([
    'is not '.repeat(150_000),
    'without prior '.repeat(80_000),
    'n’'.repeat(500_000),
    ' '.repeat(1_000_000),
  ])('runs in linear time on a long run (%#)', (line) => {
    expect(DISCLAIMER.test(line)).toBe(false)
  })
})
