/** U+FFFD, what a NUL or a lone surrogate counts as (see `wellFormedText`). */
const REPLACEMENT = 0xfffd

/**
 * A 64-bit FNV-1a hash of a string's UTF-16 code units, as 16 hex digits, taken over the text's well-formed
 * form (`wellFormedText`: a NUL or a lone surrogate counts as U+FFFD), so that two texts a store keeps as one
 * have one id. Pure and platform-free, so ids are the same in Node, browsers and workers.
 * @example hashText('abc') // '…16 hex digits…'
 * @example hashText('a\u0000b') === hashText('a\uFFFDb') // true
 */
export function hashText(text: string): string {
  // Two 32-bit halves of the 64-bit FNV-1a state, multiplied by the 64-bit FNV prime 0x100000001b3.
  let hi = 0xcbf29ce4 | 0
  let lo = 0x84222325 | 0
  let afterHigh = false
  for (let i = 0; i < text.length; i++) {
    // Counted in place rather than through a copy of the text: ids are taken of texts of many megabytes.
    let code = text.charCodeAt(i)
    if (code >= 0xdc00 && code <= 0xdfff) {
      if (!afterHigh) code = REPLACEMENT
      afterHigh = false
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      afterHigh = next >= 0xdc00 && next <= 0xdfff
      if (!afterHigh) code = REPLACEMENT
    } else if (code === 0) {
      code = REPLACEMENT
    }
    lo ^= code
    // lo × 0x1b3 in 16-bit halves, integer arithmetic only (a float division per character took half the time).
    // `lo` is a signed 32-bit value after the xor, and ids have always been taken with the carry of that signed
    // product: floor(lo × 0x1b3 / 2^32), which is the unsigned product's carry less 0x1b3 when lo < 0.
    const low = (lo & 0xffff) * 0x1b3
    const high = (lo >>> 16) * 0x1b3 + (low >>> 16)
    const carry = (high >>> 16) - (lo < 0 ? 0x1b3 : 0)
    // Both halves kept as signed 32-bit integers in the loop (the same bits), unsigned only for the hex digits.
    const newLo = (high << 16) | (low & 0xffff)
    hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) | 0
    lo = newLo
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}

/**
 * The 32-bit FNV-1a hash of a string's UTF-16 code units: how words, tags and feature names enter the hashed
 * weight tables of the taggers and rankers (their trainers share it). Stable on every platform.
 * @example hashString('said') === hashString('said') // true
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
