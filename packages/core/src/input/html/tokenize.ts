import { decodeEntities } from './entities.ts'

/** A piece of markup: a start tag with its attributes, an end tag, or text with its entities decoded. */
export type MarkupToken =
  | { type: 'start'; name: string; attributes: Map<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string }

/** Options for `tokenizeMarkup`. */
export interface TokenizeOptions {
  /** Read XML (feeds): CDATA sections are text, and no element holds raw text. Default false (HTML). */
  xml?: boolean
}

// Elements whose content is text up to their end tag (RCDATA ones get entities decoded), per the HTML spec.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea'])
// The elements that open foreign content (SVG and MathML), where the HTML spec reads tags as XML does.
const FOREIGN_ROOTS = new Set(['svg', 'math'])

/**
 * Cuts HTML or XML into tags and text the way a browser would, without ever failing: comments, doctypes and
 * processing instructions are dropped, a stray `<` is text, an unterminated tag at the end is dropped.
 * One pass over the input with `indexOf` and character tests, so linear time on any input.
 * @example tokenizeMarkup('<p class=x>Hi &amp; bye') // [{ type: 'start', name: 'p', … }, { type: 'text', text: 'Hi & bye' }]
 */
export function tokenizeMarkup(source: string, options: TokenizeOptions = {}): MarkupToken[] {
  const xml = options.xml ?? false
  const tokens: MarkupToken[] = []
  const pushText = (from: number, to: number) => {
    if (to > from) tokens.push({ type: 'text', text: decodeEntities(source.slice(from, to)) })
  }
  // How many <svg> and <math> elements are open: inside them (foreign content) a tag closed by "/>" is an empty
  // element, whatever its name, so that an icon's <title/> holds no raw text up to the page's </title>.
  let foreign = 0
  let textStart = 0
  let at = source.indexOf('<')
  while (at !== -1) {
    const next = source.charCodeAt(at + 1)
    let end = -1
    if (isAsciiLetter(next)) {
      pushText(textStart, at)
      const tag = readStartTag(source, at + 1)
      if (!tag) return tokens
      tokens.push(tag.token)
      end = tag.end
      const { name, selfClosing } = tag.token
      if ((xml || foreign > 0 || FOREIGN_ROOTS.has(name)) && selfClosing) {
        tokens.push({ type: 'end', name })
      } else if (!xml && (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name))) {
        end = readRawText(source, end, name, ESCAPABLE_RAW_TEXT.has(name), tokens)
      } else if (!xml && FOREIGN_ROOTS.has(name)) foreign++
    } else if (next === 0x2f && isAsciiLetter(source.charCodeAt(at + 2))) {
      pushText(textStart, at)
      const nameEnd = scanName(source, at + 2)
      const name = source.slice(at + 2, nameEnd).toLowerCase()
      if (foreign > 0 && FOREIGN_ROOTS.has(name)) foreign--
      tokens.push({ type: 'end', name })
      end = skipPast(source, nameEnd, '>')
    } else if (next === 0x21 || next === 0x3f || next === 0x2f) {
      // "<!…>", "<?…>", and "</" not followed by a letter are comments to a browser.
      pushText(textStart, at)
      end = readDeclaration(source, at, xml, tokens)
    }
    if (end === -1) {
      at = source.indexOf('<', at + 1)
      continue
    }
    textStart = end
    at = end < source.length ? source.indexOf('<', end) : -1
  }
  pushText(textStart, source.length)
  return tokens
}

// Comments, CDATA sections, doctypes and processing instructions: returns where the markup resumes.
function readDeclaration(source: string, at: number, xml: boolean, tokens: MarkupToken[]): number {
  if (source.startsWith('<!--', at)) {
    if (source.startsWith('<!-->', at)) return at + 5
    if (source.startsWith('<!--->', at)) return at + 6
    const close = source.indexOf('-->', at + 4)
    return close === -1 ? source.length : close + 3
  }
  if (source.startsWith('<![CDATA[', at)) {
    const close = source.indexOf(']]>', at + 9)
    const stop = close === -1 ? source.length : close
    if (xml && stop > at + 9) tokens.push({ type: 'text', text: source.slice(at + 9, stop) })
    return close === -1 ? source.length : close + 3
  }
  return skipPast(source, at + 1, '>')
}

function readRawText(
  source: string,
  from: number,
  name: string,
  escapable: boolean,
  tokens: MarkupToken[],
): number {
  let search = from
  let close = -1
  while (search < source.length) {
    const candidate = source.indexOf('</', search)
    if (candidate === -1) break
    if (
      matchesName(source, candidate + 2, name) &&
      isTagNameEnd(source.charCodeAt(candidate + 2 + name.length))
    ) {
      close = candidate
      break
    }
    search = candidate + 2
  }
  const stop = close === -1 ? source.length : close
  if (stop > from) {
    const text = source.slice(from, stop)
    tokens.push({ type: 'text', text: escapable ? decodeEntities(text) : text })
  }
  if (close === -1) return source.length
  tokens.push({ type: 'end', name })
  return skipPast(source, close + 2 + name.length, '>')
}

type StartTag = { token: Extract<MarkupToken, { type: 'start' }>; end: number }

function readStartTag(source: string, from: number): StartTag | null {
  const nameEnd = scanName(source, from)
  const name = source.slice(from, nameEnd).toLowerCase()
  const attributes = new Map<string, string>()
  let i = nameEnd
  while (true) {
    i = skipSpaces(source, i)
    if (i >= source.length) return null
    const code = source.charCodeAt(i)
    if (code === 0x3e) return { token: { type: 'start', name, attributes, selfClosing: false }, end: i + 1 }
    if (code === 0x2f) {
      if (source.charCodeAt(i + 1) === 0x3e)
        return { token: { type: 'start', name, attributes, selfClosing: true }, end: i + 2 }
      i++
      continue
    }
    const attributeStart = i
    i++
    while (i < source.length && !isSpace(source.charCodeAt(i)) && !isAttributeNameEnd(source.charCodeAt(i)))
      i++
    const attributeName = source.slice(attributeStart, i).toLowerCase()
    i = skipSpaces(source, i)
    let value = ''
    if (source.charCodeAt(i) === 0x3d) {
      i = skipSpaces(source, i + 1)
      const quote = source.charCodeAt(i)
      if (quote === 0x22 || quote === 0x27) {
        const close = source.indexOf(quote === 0x22 ? '"' : "'", i + 1)
        if (close === -1) return null
        value = source.slice(i + 1, close)
        i = close + 1
      } else {
        const valueStart = i
        while (i < source.length && !isSpace(source.charCodeAt(i)) && source.charCodeAt(i) !== 0x3e) i++
        value = source.slice(valueStart, i)
      }
    }
    if (!attributes.has(attributeName)) attributes.set(attributeName, decodeEntities(value, true))
  }
}

function scanName(source: string, from: number): number {
  let i = from
  while (i < source.length && !isTagNameEnd(source.charCodeAt(i))) i++
  return i
}

function matchesName(source: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    if ((source.charCodeAt(at + k) | 0x20) !== name.charCodeAt(k)) return false
  }
  return true
}

function skipPast(source: string, from: number, char: string): number {
  const found = source.indexOf(char, from)
  return found === -1 ? source.length : found + 1
}

function skipSpaces(source: string, from: number): number {
  let i = from
  while (i < source.length && isSpace(source.charCodeAt(i))) i++
  return i
}

function isTagNameEnd(code: number): boolean {
  return Number.isNaN(code) || isSpace(code) || code === 0x2f || code === 0x3e
}

function isAttributeNameEnd(code: number): boolean {
  return code === 0x2f || code === 0x3e || code === 0x3d
}

/** Whether a UTF-16 unit is HTML whitespace: space, tab, line feed, form feed or carriage return. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}
