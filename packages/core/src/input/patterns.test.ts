import { describe, expect, it } from 'vitest'
import * as patterns from './patterns.ts'

// Inputs that make backtracking regexes explode: long runs of what a pattern almost matches. No duration is
// compared: at a million characters a quadratic pattern runs for hours and fails by the suite's time limit, while a
// linear one takes milliseconds, however busy the machine.
const N = 1_000_000
const ADVERSARIAL = [
  ' '.repeat(N),
  `display${' '.repeat(N)}x`,
  'a'.repeat(N),
  'aA'.repeat(N / 2),
  `https://${'a'.repeat(N)}\n`,
  `https://${'a@'.repeat(N / 2)}`,
  `2024-03-05T10:00:00${'0'.repeat(N)}`,
  `Tue, 05 Mar 2024 10:00${' '.repeat(N)}!`,
  `${'by '.repeat(N / 2.5)}x`,
  `${'1 '.repeat(N / 2)}`,
  `${'5 March '.repeat(N / 5)}x`,
  `${'5.'.repeat(N / 2)}`,
  `1${' '.repeat(N)}March`,
  `/2024/${'1/'.repeat(N / 2)}`,
  `${'comment '.repeat(N / 5)}`,
  `${'©'.repeat(N)}`,
]

describe('input patterns', () => {
  it.each(Object.entries(patterns))('%s runs in linear time on adversarial input', (_name, pattern) => {
    for (const input of ADVERSARIAL) {
      input.split(pattern)
      input.replace(pattern, '')
      expect(() => new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(input)).not.toThrow()
    }
  })
})
