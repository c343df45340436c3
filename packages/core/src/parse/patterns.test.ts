import { describe, expect, it } from 'vitest'
import { PARSE_PATTERNS } from './patterns.ts'

// Long inputs built to make a backtracking regex explode: repeated near-misses of each pattern's parts.
const ADVERSARIAL = [
  'A'.repeat(50_000),
  'Ab '.repeat(20_000),
  `${'New York '.repeat(5_000)}!`,
  `${'A, Jan. 1'.repeat(5_000)}(`,
  `${'('.repeat(20_000)}x`,
  ' -'.repeat(20_000),
  `${'share this '.repeat(5_000)}?`,
  `${'.'.repeat(50_000)}x`,
  `By ${'Ab '.repeat(20_000)}`,
  `${'AB-'.repeat(20_000)}.`,
  `(${'Ab '.repeat(20_000)}`,
  `sign up for our ${'news '.repeat(10_000)}`,
  `photo ${'by '.repeat(20_000)}`,
]

describe('parse patterns stay linear on adversarial input', () => {
  it.each(Object.entries(PARSE_PATTERNS))('%s', (_name, pattern) => {
    const started = Date.now()
    for (const input of ADVERSARIAL) pattern.test(input)
    expect(Date.now() - started).toBeLessThan(1500)
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
