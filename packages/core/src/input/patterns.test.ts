import { describe, expect, it } from 'vitest'
import * as patterns from './patterns.ts'

// Inputs that make backtracking regexes explode: long runs of what a pattern almost matches.
const ADVERSARIAL = [
  ' '.repeat(50_000),
  `display${' '.repeat(50_000)}x`,
  'a'.repeat(50_000),
  'aA'.repeat(25_000),
  `https://${'a'.repeat(50_000)}\n`,
  `https://${'a@'.repeat(25_000)}`,
  `2024-03-05T10:00:00${'0'.repeat(50_000)}`,
  `Tue, 05 Mar 2024 10:00${' '.repeat(50_000)}!`,
  `${'by '.repeat(20_000)}x`,
  `${'1 '.repeat(25_000)}`,
  `${'5 March '.repeat(10_000)}x`,
  `${'5.'.repeat(25_000)}`,
  `1${' '.repeat(50_000)}March`,
  `/2024/${'1/'.repeat(25_000)}`,
  `${'comment '.repeat(10_000)}`,
  `${'©'.repeat(50_000)}`,
]

describe('input patterns', () => {
  it.each(Object.entries(patterns))('%s runs in linear time on adversarial input', (_name, pattern) => {
    for (const input of ADVERSARIAL) {
      const started = Date.now()
      input.split(pattern)
      input.replace(pattern, '')
      new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(input)
      expect(Date.now() - started).toBeLessThan(1000)
    }
  })
})
