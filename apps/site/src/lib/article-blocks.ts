import type { Article } from '@whosaid/core/schemas'

/** A block of the article as published: the headline, a body paragraph, or other text outside both. */
export interface Block {
  kind: 'title' | 'paragraph' | 'extra'
  start: number
  end: number
}

/**
 * Splits an article's text into the blocks to show: the title, the paragraphs (the first one taking the
 * dateline in), and every other stretch of visible text as an extra paragraph, so no text goes missing.
 * @example layoutBlocks(article) // [{ kind: 'title', start: 0, end: 30 }, { kind: 'paragraph', start: 32, end: 200 }, …]
 */
export function layoutBlocks(
  article: Pick<Article, 'text' | 'titleSpan' | 'datelineSpan' | 'paragraphs'>,
): Block[] {
  const { text } = article
  const blocks: Block[] = []
  const title = article.titleSpan ? fit(article.titleSpan, text.length) : null
  if (title) blocks.push({ kind: 'title', ...title })
  const paragraphs = article.paragraphs
    .map((span) => fit(span, text.length))
    .filter((span): span is Span => span !== null)
    .sort((a, b) => a.start - b.start)
  const dateline = article.datelineSpan ? fit(article.datelineSpan, text.length) : null
  const first = paragraphs[0]
  if (dateline && first && dateline.end <= first.start && !text.slice(dateline.end, first.start).trim()) {
    first.start = dateline.start
  }
  let cursor = 0
  for (const paragraph of paragraphs) {
    if (paragraph.start < cursor || (title && overlaps(paragraph, title))) continue
    blocks.push({ kind: 'paragraph', ...paragraph })
    cursor = paragraph.end
  }
  blocks.sort((a, b) => a.start - b.start)
  return fillGaps(text, blocks)
}

interface Span {
  start: number
  end: number
}

function fit(span: Span, length: number): Span | null {
  const start = Math.max(0, Math.min(span.start, length))
  const end = Math.max(0, Math.min(span.end, length))
  return end > start ? { start, end } : null
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/** Adds an extra block for each run of visible text between (or instead of) the known blocks. */
function fillGaps(text: string, blocks: readonly Block[]): Block[] {
  const filled: Block[] = []
  let cursor = 0
  for (const block of [...blocks, { kind: 'extra' as const, start: text.length, end: text.length }]) {
    if (block.start > cursor) filled.push(...splitVisible(text, cursor, block.start))
    if (block.end > block.start) filled.push(block)
    cursor = Math.max(cursor, block.end)
  }
  return filled
}

/** Cuts [from, to) at blank lines and trims each piece to its visible text. */
function splitVisible(text: string, from: number, to: number): Block[] {
  const pieces: Block[] = []
  const blankLine = /\n[ \t\r\u00a0]*\n/g
  blankLine.lastIndex = from
  let start = from
  for (;;) {
    const match = blankLine.exec(text)
    const end = match && match.index < to ? match.index : to
    const piece = trim(text, start, end)
    if (piece) pieces.push({ kind: 'extra', ...piece })
    if (end === to || !match) break
    start = match.index + match[0].length
    if (start >= to) break
  }
  return pieces
}

function trim(text: string, start: number, end: number): Span | null {
  let from = start
  let to = end
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  return to > from ? { start: from, end: to } : null
}
