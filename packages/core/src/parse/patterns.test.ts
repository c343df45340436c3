import { describe, expect, it } from 'vitest'
import { PARSE_PATTERNS } from './patterns.ts'

// Long inputs built to make a backtracking regex explode: repeated near-misses of each pattern's parts. No duration
// is compared: at these sizes a quadratic pattern runs for hours and fails by the suite's time limit, while a
// linear one takes milliseconds, however busy the machine.
const ADVERSARIAL = [
  'A'.repeat(1_000_000),
  'Ab '.repeat(400_000),
  `${'New York '.repeat(100_000)}!`,
  `${'A, Jan. 1'.repeat(100_000)}(`,
  `${'('.repeat(400_000)}x`,
  ' -'.repeat(400_000),
  `${'share this '.repeat(100_000)}?`,
  `${'.'.repeat(1_000_000)}x`,
  `By ${'Ab '.repeat(400_000)}`,
  `${'AB-'.repeat(400_000)}.`,
  `(${'Ab '.repeat(400_000)}`,
  `sign up for our ${'news '.repeat(200_000)}`,
  `photo ${'by '.repeat(400_000)}`,
]

describe('parse patterns stay linear on adversarial input', () => {
  it.each(Object.entries(PARSE_PATTERNS))('%s', (_name, pattern) => {
    for (const input of ADVERSARIAL) expect(typeof pattern.test(input)).toBe('boolean')
  })
})

describe('PARSE_PATTERNS', () => {
  it.each([
    ['Moscow: – ', true],
    ['WASHINGTON (Reuters) - ', true],
    ['PARIS, Jan. 3 — ', true],
    ['RENO, Nev. (AP) — ', true],
    ['the city said - ', false],
  ])('DATELINE %j matches: %s', (text, matches) => {
    expect(PARSE_PATTERNS.DATELINE.test(text)).toBe(matches)
  })
})
