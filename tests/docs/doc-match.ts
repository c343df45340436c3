// Comparing what a README shows with what the code prints. A README may abridge with `…`: in text, `…` stands
// for any run of characters; in JSON, a `…` member or element stands for any number of them, an object shows a
// subset of its keys, and `…` inside a string stands for any run of characters. Everything else must be equal.

/** The ellipsis a README abridges with. */
export const ELLIPSIS = '…'

/** A JSON array element or object key that stood for `…` in the README. */
const GAP = '\u2026gap'

/**
 * Whether `actual` is `expected` with each `…` of `expected` standing for any run of characters (none included).
 * Line ends are compared as LF, and trailing spaces of lines are ignored (a README cannot show CR or keep them).
 * Linear in the lengths: the literal pieces are found in order with indexOf, no regular expression.
 * @example matchText('a,…,c', 'a,b,c') // true
 */
export function matchText(expected: string, actual: string): boolean {
  return matchPieces(normalize(expected), normalize(actual))
}

function normalize(text: string): string {
  return text
    .replaceAll('\r\n', '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd()
}

/** Wildcard match of a string whose `…` stand for any run of characters. */
function matchPieces(pattern: string, text: string): boolean {
  const pieces = pattern.split(ELLIPSIS)
  if (pieces.length === 1) return pattern === text
  const first = pieces[0] ?? ''
  const last = pieces.at(-1) ?? ''
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last))
    return false
  let at = first.length
  const end = text.length - last.length
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at)
    if (found < 0 || found + piece.length > end) return false
    at = found + piece.length
  }
  return true
}

/**
 * Parses JSON in which `…` may stand for members of an object or elements of an array (outside strings): each
 * becomes a gap marker that `matchJson` lets stand for any number of them. Throws on anything else invalid.
 * @example parseAbridgedJson('{ "a": [1, …], … }') // { a: [1, '…gap'], '…gap': '…gap' }
 */
export function parseAbridgedJson(text: string): unknown {
  return JSON.parse(withGaps(text, '"'))
}

/**
 * Evaluates a JavaScript literal a README shows in a comment (`{ line: 1, text: 'Ann said so.' }`), with `…` as in
 * `parseAbridgedJson`. Only for the repository's own READMEs: the text is run as code.
 * @example parseAbridgedLiteral("[{ line: 1 }, …]") // [{ line: 1 }, '…gap']
 */
export function parseAbridgedLiteral(text: string): unknown {
  return new Function(`return (${withGaps(text, '"\'')})`)()
}

/** The text with each `…` outside strings (quoted by any of `quotes`) replaced by a gap marker member or element. */
function withGaps(text: string, quotes: string): string {
  let out = ''
  const stack: ('{' | '[')[] = []
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quote) {
      out += char
      if (char === '\\') out += text[++i] ?? ''
      else if (char === quote) quote = ''
      continue
    }
    if (quotes.includes(char)) quote = char
    else if (char === '{' || char === '[') stack.push(char)
    else if (char === '}' || char === ']') stack.pop()
    if (char === ELLIPSIS) {
      out += stack.at(-1) === '{' ? `"${GAP}": "${GAP}"` : `"${GAP}"`
      continue
    }
    out += char
  }
  return out
}

/**
 * The differences between an abridged JSON value from a README and the real one, as `path: what` lines; none when
 * the README is true. Objects: every key shown must be there with a matching value (a README may leave keys out).
 * Arrays: element by element; a gap stands for any number of elements, and without one the lengths must agree.
 * Strings: `…` stands for any run of characters.
 * @example diffJson({ a: 1 }, { a: 2, b: 3 }) // ['$.a: shows 1, is 2']
 */
export function diffJson(expected: unknown, actual: unknown, path = '$'): string[] {
  if (typeof expected === 'string' && typeof actual === 'string') {
    return matchPieces(expected, actual)
      ? []
      : [`${path}: shows ${JSON.stringify(expected)}, is ${JSON.stringify(actual)}`]
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: shows an array, is ${describe(actual)}`]
    return diffArray(expected, actual, path)
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: shows an object, is ${describe(actual)}`]
    }
    const differences: string[] = []
    for (const [key, value] of Object.entries(expected)) {
      if (key === GAP) continue
      if (!(key in actual)) differences.push(`${path}.${key}: shown, but missing`)
      else differences.push(...diffJson(value, (actual as Record<string, unknown>)[key], `${path}.${key}`))
    }
    return differences
  }
  return Object.is(expected, actual)
    ? []
    : [`${path}: shows ${JSON.stringify(expected)}, is ${describe(actual)}`]
}

/** Matches array elements in order; a gap element may swallow any number of actual elements (tried shortest first). */
function diffArray(expected: unknown[], actual: unknown[], path: string): string[] {
  // Memoized on (shown element, real element), so several gaps stay polynomial.
  const seen = new Map<number, boolean>()
  const matches = (e: number, a: number): boolean => {
    const key = e * (actual.length + 1) + a
    const known = seen.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (e === expected.length) result = a === actual.length
    else if (expected[e] === GAP) {
      result = false
      for (let skip = a; skip <= actual.length && !result; skip++) result = matches(e + 1, skip)
    } else {
      result = a < actual.length && diffJson(expected[e], actual[a]).length === 0 && matches(e + 1, a + 1)
    }
    seen.set(key, result)
    return result
  }
  if (matches(0, 0)) return []
  if (!expected.includes(GAP) && expected.length === actual.length) {
    return expected.flatMap((item, i) => diffJson(item, actual[i], `${path}[${i}]`))
  }
  const shown = expected.filter((item) => item !== GAP).length
  return [
    `${path}: shows ${shown} element(s)${expected.includes(GAP) ? ' among others' : ''}, the real array (${actual.length}) does not match: ${truncate(JSON.stringify(actual))}`,
  ]
}

function describe(value: unknown): string {
  return truncate(JSON.stringify(value) ?? String(value))
}

function truncate(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}
