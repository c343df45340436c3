/** A 32-bit FNV-1a hash of a string's UTF-16 code units: stable on every platform, for feature ids. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Mixes two 32-bit values into one (a murmur3-style finalizer), for feature ids built from parts. */
export function mixHash(a: number, b: number): number {
  return mixWith(prepareMix(a), b)
}

/** The part of `mixHash(a, b)` that depends on `a` alone, computed once for a feature template. */
export function prepareMix(a: number): number {
  return Math.imul(a ^ 0x9e3779b9, 0x85ebca6b)
}

/** `mixHash(a, b)` given `prepareMix(a)`. */
export function mixWith(prepared: number, b: number): number {
  let h = prepared ^ b
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return (h ^ (h >>> 16)) >>> 0
}
