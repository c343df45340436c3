/**
 * Makes the view that later stages read: the same length as `text`, offset for offset, with unusual spaces
 * turned into plain spaces, CRLF and Unicode line breaks into plain ones, and curly quotes into straight ones.
 * `text` itself is never changed, so every offset found in the view holds for the text.
 * @example normalizeView('Moscow:\u00a0– “Yes”') // 'Moscow: – "Yes"'
 */
export function normalizeView(text: string): string {
  let view = ''
  let plainFrom = 0
  for (let i = 0; i < text.length; i++) {
    const replacement = replacementFor(text, i)
    if (replacement === undefined) continue
    view += text.slice(plainFrom, i) + replacement
    plainFrom = i + 1
  }
  return plainFrom === 0 ? text : view + text.slice(plainFrom)
}

function replacementFor(text: string, i: number): string | undefined {
  const code = text.charCodeAt(i)
  if (code < 0x80) {
    if (code === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? ' ' : '\n'
    if (code === 0x09 || code === 0x0b || code === 0x0c) return ' '
    if (code < 0x20 && code !== 0x0a) return ' '
    return undefined
  }
  switch (code) {
    case 0x00a0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
    case 0x200b:
    case 0x00ad:
      return ' '
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return '\n'
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
    case 0x2033:
      return '"'
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x0060:
    case 0x00b4:
      return "'"
    default:
      if (code >= 0x2000 && code <= 0x200a) return ' '
      return undefined
  }
}

/** A NUL, or a UTF-16 surrogate without its other half: what UTF-8, PostgreSQL text and jsonb cannot hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the character this pattern is for.
const NOT_STORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The text with every NUL and every lone surrogate turned into U+FFFD: the same length, offset for offset, so
 * every span still holds. It is the text as a database or a UTF-8 encoder keeps it, and the text `hashText`
 * hashes, so one kept text has one id. Returns the same string when there is nothing to replace.
 * @example wellFormedText('a\u0000b\uD800') // 'a\uFFFDb\uFFFD'
 */
export function wellFormedText(text: string): string {
  return text.replace(NOT_STORABLE, '\uFFFD')
}
