import { describe, expect, it } from 'vitest'
import { isPartyStateTag } from './party-state.ts'

describe('isPartyStateTag', () => {
  it.each([
    ['R-N.C.', true],
    ['D-NY', true],
    ['R-Calif.', true],
    ['(I-Vt.)', true],
    ['R-Massachusetts', false],
    ['X-Men', false],
    ['D-', false],
    ['(R-Ore.', false],
  ])('%s → %s', (word, expected) => {
    expect(isPartyStateTag(word)).toBe(expected)
  })
})
