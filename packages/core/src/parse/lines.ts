import type { Span } from '../schemas/span.ts'

/** A non-blank line of the view, trimmed of spaces, and whether a blank line follows it. */
export interface Line extends Span {
  blankAfter: boolean
}

/**
 * Cuts the view between `start` and `end` into trimmed non-blank lines.
 * @example readLines('a\n\n b \n', 0, 7) // [{ start: 0, end: 1, blankAfter: true }, { start: 4, end: 5, blankAfter: false }]
 */
export function readLines(view: string, start: number, end: number): Line[] {
  const lines: Line[] = []
  let lineStart = start
  while (lineStart <= end) {
    let lineEnd = view.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    const trimmed = trimSpan(view, lineStart, lineEnd)
    const previous = lines.at(-1)
    if (trimmed.end > trimmed.start) {
      lines.push({ ...trimmed, blankAfter: false })
    } else if (previous) {
      previous.blankAfter = true
    }
    lineStart = lineEnd + 1
  }
  return lines
}

/** Shrinks [start, end) past the spaces and line breaks at either side. */
export function trimSpan(view: string, start: number, end: number): Span {
  let s = start
  let e = end
  while (s < e && isSpace(view.charCodeAt(s))) s++
  while (e > s && isSpace(view.charCodeAt(e - 1))) e--
  return { start: s, end: e }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a
}

/**
 * Groups lines into paragraphs: a blank line always ends one; so does a line break when lines are not wrapped
 * prose (the text uses no blank lines at all, or the line ends a sentence).
 */
export function groupParagraphs(lines: readonly Line[]): Span[] {
  const usesBlankLines = lines.some((line) => line.blankAfter)
  const paragraphs: Span[] = []
  let current: Span | undefined
  for (const line of lines) {
    current = current ? { start: current.start, end: line.end } : { start: line.start, end: line.end }
    if (line.blankAfter || !usesBlankLines) {
      paragraphs.push(current)
      current = undefined
    }
  }
  if (current) paragraphs.push(current)
  return paragraphs
}
