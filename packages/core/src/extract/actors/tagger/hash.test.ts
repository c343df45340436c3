import { describe, expect, it } from 'vitest'
import { hashString, mixHash, mixWith, prepareMix } from './hash.ts'

// The unsigned form the shipped model was trained with: a model reads only `hash & mask`.
function unsignedMix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}

describe('mixHash', () => {
  it.each([
    ['w', 'Ryabkov'],
    ['l-1', 'the'],
    ['gaz', 'city'],
    ['history', '3'],
    ['s+1', 'Xx'],
  ])('mixes %s with %s into a signed 32-bit integer with the trained bits', (template, value) => {
    const a = hashString(template)
    const b = hashString(value)
    const mixed = mixHash(a, b)
    expect(mixed).toBe(mixed | 0)
    expect(mixed >>> 0).toBe(unsignedMix(a, b))
    expect(mixWith(prepareMix(a), b)).toBe(mixed)
    expect(new Uint32Array([mixed])[0]).toBe(unsignedMix(a, b))
  })
})
