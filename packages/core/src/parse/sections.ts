import type { Span } from '../schemas/span.ts'
import type { Layout } from './document.ts'

/**
 * The most characters one section of a long text holds. Longer than any news article (a long read is some
 * 60,000), so an article is always read whole; a book-length text is read a section at a time, which bounds the
 * memory its analysis needs (issue 18: a 16 MB text read whole peaked 41–46 bytes above its start per byte).
 */
export const SECTION_CHARS = 200_000

/** One section of a long text: its own layout, read as an article, and where its text starts in the whole. */
export interface Section {
  layout: Layout
  offset: number
}

/**
 * Cuts a layout into sections of at most `limit` characters of paragraphs, each a run of whole paragraphs (a
 * paragraph longer than the limit is cut after a sentence's end, else at a space). The first section keeps the
 * title and dateline; a text within the limit is one section, its layout unchanged.
 * @example sectionsOf(readLayout('One.\n\nTwo.'), 5).map((s) => s.offset) // [0, 6]
 */
export function sectionsOf(layout: Layout, limit = SECTION_CHARS): Section[] {
  if (spanLength(layout.body) <= limit || layout.paragraphs.length === 0) return [{ layout, offset: 0 }]
  const pieces = layout.paragraphs.flatMap((paragraph) => piecesOf(layout.view, paragraph, limit))
  const runs: Span[][] = []
  let run: Span[] = []
  for (const piece of pieces) {
    const first = run[0]
    if (first && piece.end - first.start > limit) {
      runs.push(run)
      run = []
    }
    run.push(piece)
  }
  runs.push(run)
  return runs.map((paragraphs, i) => sectionOf(layout, paragraphs, i === 0))
}

function sectionOf(layout: Layout, paragraphs: Span[], first: boolean): Section {
  const start = (paragraphs[0] as Span).start
  const end = (paragraphs.at(-1) as Span).end
  const offset = first ? 0 : start
  const shift = (span: Span): Span => ({ start: span.start - offset, end: span.end - offset })
  return {
    offset,
    layout: {
      text: layout.text.slice(offset, end),
      view: layout.view.slice(offset, end),
      title: first ? layout.title : null,
      dateline: first ? layout.dateline : null,
      datelinePlace: first ? layout.datelinePlace : null,
      body: shift({ start: first ? layout.body.start : start, end }),
      paragraphs: paragraphs.map(shift),
    },
  }
}

/** A paragraph as pieces of at most `limit` characters: cut after a sentence's end, else at a space, else hard. */
function piecesOf(view: string, paragraph: Span, limit: number): Span[] {
  const pieces: Span[] = []
  let start = paragraph.start
  while (paragraph.end - start > limit) {
    const cut = cutBefore(view, start, start + limit)
    pieces.push({ start, end: cut })
    start = cut
    while (start < paragraph.end && isSpace(view.charCodeAt(start))) start++
  }
  if (start < paragraph.end) pieces.push({ start, end: paragraph.end })
  return pieces
}

/** Where to end a piece that starts at `start` and may run to `most`: after the last sentence end, else space. */
function cutBefore(view: string, start: number, most: number): number {
  const half = start + Math.floor((most - start) / 2)
  for (let i = most - 1; i > half; i--) if (isSpace(view.charCodeAt(i)) && endsSentence(view, i)) return i
  for (let i = most - 1; i > half; i--) if (isSpace(view.charCodeAt(i))) return i
  // Never between the two halves of a character outside the Basic Multilingual Plane, and always past the start.
  const code = view.charCodeAt(most - 1)
  return code >= 0xd800 && code <= 0xdbff && most - 1 > start ? most - 1 : most
}

/**
 * Whether the text before `i` ends a sentence: ".", "!" or "?" after a lower-case letter of a word longer than three
 * letters or all in lower case ("the plan was dead.", "it ran."), not an abbreviation ("Dr.", "U.S.", "Mrs.").
 */
function endsSentence(view: string, i: number): boolean {
  const mark = view.charCodeAt(i - 1)
  if (mark !== 0x2e && mark !== 0x21 && mark !== 0x3f) return false
  if (mark !== 0x2e) return true
  let from = i - 1
  while (from > 0 && /\p{L}/u.test(view[from - 1] as string)) from--
  const word = view.slice(from, i - 1)
  return word.length > 0 && (word.length > 3 || word === word.toLowerCase()) && /\p{Ll}$/u.test(word)
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a
}

function spanLength(span: Span): number {
  return span.end - span.start
}
