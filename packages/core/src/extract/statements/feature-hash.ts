/**
 * The bucket of a feature string in a hashed weight table of `size` slots (a power of two): 32-bit FNV-1a over the
 * string's UTF-16 code units. The trainer and the extractor share it, so a feature lands in the same slot in both.
 * @example featureSlot('w=said', 1 << 16) // 0…65535
 */
export function featureSlot(feature: string, size: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) & (size - 1)
}
