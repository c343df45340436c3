import { describe, expect, it } from 'vitest'
import { judgingSign } from './stance-lexicon.ts'

describe('judgingSign', () => {
  it.each([
    ['disgraceful', -1],
    ['dodging', -1],
    ['inappropriate', -1],
    ['tremendous', 1],
    ['bankrupt', -1],
    // A court or a law of bankruptcy judges no one; nor does how hard one fights.
    ['bankruptcy', 0],
    ['aggressive', -1],
    ['aggressively', 0],
    ['said', 0],
  ] as const)('%s → %d', (word, sign) => {
    expect(judgingSign(word)).toBe(sign)
  })
})
