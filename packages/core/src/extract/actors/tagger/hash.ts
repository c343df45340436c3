export { hashString } from '../../../parse/hash.ts'

/** Mixes two 32-bit values into one (a murmur3-style finalizer), for feature ids built from parts. */
export function mixHash(a: number, b: number): number {
  return mixWith(prepareMix(a), b)
}

/** The part of `mixHash(a, b)` that depends on `a` alone, computed once for a feature template. */
export function prepareMix(a: number): number {
  return Math.imul(a ^ 0x9e3779b9, 0x85ebca6b)
}

/**
 * `mixHash(a, b)` given `prepareMix(a)`. A signed 32-bit integer, which the engine holds unboxed (an unsigned value
 * above 2^31 is a heap number, one allocation per feature); a model reads only its low bits (`hash & mask`) and a
 * Uint32Array stores the same bits either way.
 */
export function mixWith(prepared: number, b: number): number {
  let h = prepared ^ b
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return h ^ (h >>> 16)
}
