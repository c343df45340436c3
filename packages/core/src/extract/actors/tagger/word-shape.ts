/**
 * The shape of a word: letters become X or x, digits d, other characters stay, and runs longer than two
 * collapse ("Ryabkov" → "Xxx", "U.S." → "X.X.", "1996-08-22" → "dd-dd-dd").
 * @example shapeOf('McDonald') // 'XxXx'
 */
export function shapeOf(word: string): string {
  let shape = ''
  let last = ''
  let run = 0
  for (let i = 0; i < word.length && shape.length < 12; i++) {
    const c = word.charAt(i)
    const s = shapeChar(c)
    if (s === last) {
      run++
      if (run > 2) continue
    } else {
      last = s
      run = 1
    }
    shape += s
  }
  return shape
}

/** The shape of a word with every run collapsed to one character ("Xxx" → "Xx"). */
export function shortShapeOf(word: string): string {
  let shape = ''
  let last = ''
  for (let i = 0; i < word.length && shape.length < 8; i++) {
    const s = shapeChar(word.charAt(i))
    if (s !== last) shape += s
    last = s
  }
  return shape
}

function shapeChar(c: string): string {
  if (c >= 'a' && c <= 'z') return 'x'
  if (c >= 'A' && c <= 'Z') return 'X'
  if (c >= '0' && c <= '9') return 'd'
  if (c.length === 1 && c.charCodeAt(0) < 0x80) return c
  const lower = c.toLowerCase()
  const upper = c.toUpperCase()
  if (lower !== upper) return c === upper ? 'X' : 'x'
  return /\p{L}/u.test(c) ? 'L' : /\p{N}/u.test(c) ? 'd' : '*'
}

/** Whether a word starts with an upper-case letter (in any cased script). */
export function isCapitalized(word: string): boolean {
  // ASCII, most words, without a string made per call.
  const code = word.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  const c = word.charAt(0)
  return c !== c.toLowerCase() && c === c.toUpperCase()
}

/** Whether a word has at least one letter and no lower-case letter ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase()
}
