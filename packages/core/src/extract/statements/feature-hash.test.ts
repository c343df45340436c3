import { describe, expect, it } from 'vitest'
import { feature0, feature1, feature2, feature3, hashString, mixHash, templates } from './feature-hash.ts'

const T = templates('test', ['a', 'b'] as const)
const words = ['said', 'told', 'Ryabkov', '"', 'according', 'to', '']

describe('feature hashes', () => {
  it.each(words)(
    '%j gives signed 32-bit features (held unboxed), equal in their low bits to the unsigned form',
    (word) => {
      const h = hashString(word)
      for (const f of [feature0(T.a), feature1(T.a, h), feature2(T.a, h, h), feature3(T.a, h, h, h)]) {
        expect(f | 0).toBe(f)
        // What a table reads: the low bits, and the same slot after mixing with a side's seed.
        expect(f & 0xffff).toBe((f >>> 0) & 0xffff)
        expect(mixHash(7, f)).toBe(mixHash(7, f >>> 0))
      }
    },
  )

  it('tells templates and values apart', () => {
    const h = hashString('said')
    expect(feature1(T.a, h)).not.toBe(feature1(T.b, h))
    expect(feature2(T.a, h, hashString('told'))).not.toBe(feature2(T.a, hashString('told'), h))
  })
})
