import type { Span } from '../schemas/span.ts'
import { findDateline } from './dateline.ts'
import type { Layout, ParsedArticle, Token } from './document.ts'
import { dropFurniture } from './furniture.ts'
import { groupParagraphs, readLines, trimSpan } from './lines.ts'
import { normalizeView } from './normalize.ts'
import { splitSentences } from './sentences.ts'
import { findTitle } from './title.ts'
import { tokenizeInto } from './tokenize.ts'
import { findTrailerStart } from './trailer.ts'
import { WordNumbering } from './word-numbers.ts'

/**
 * Segments plain text into title, dateline, body, paragraphs, sentences and tokens, without changing a character.
 * @example parseArticle('Title\n\nMoscow: – Russia said no.').dateline // { start: 7, end: 17 }
 */
export function parseArticle(text: string): ParsedArticle {
  return tokenizeLayout(readLayout(text))
}

/**
 * The article's parts that need no tokens: title, dateline, body and paragraphs (cheap even for a very long text).
 * @example readLayout('Title\n\nMoscow: – Russia said no.').paragraphs // [{ start: 17, end: 33 }]
 */
export function readLayout(text: string): Layout {
  const view = normalizeView(text)
  const lines = dropFurniture(view, readLines(view, 0, view.length))
  const title = findTitle(view, lines)
  const bodyLines = title ? lines.slice(1) : lines
  const firstLine = bodyLines[0]
  const dateline = firstLine ? findDateline(view, firstLine.start) : null
  if (dateline && firstLine) firstLine.start = Math.min(dateline.span.end, firstLine.end)
  const allParagraphs = groupParagraphs(bodyLines.filter((line) => line.end > line.start))
  const paragraphs = allParagraphs.slice(0, findTrailerStart(view, allParagraphs))
  const body = bodySpan(view, paragraphs, dateline?.span.end ?? firstLine?.start ?? view.length)
  return {
    text,
    view,
    title,
    dateline: dateline?.span ?? null,
    datelinePlace: dateline?.place ? text.slice(dateline.place.start, dateline.place.end) : null,
    body,
    paragraphs,
  }
}

/**
 * Cuts a layout's paragraphs into tokens and sentences: the article every later stage reads.
 * @example tokenizeLayout(readLayout('Russia said no.')).tokens.length // 4
 */
export function tokenizeLayout(layout: Layout): ParsedArticle {
  // Each token keeps its lexeme's text, one string per distinct word rather than one per token, and its word's
  // number in the article (4 bytes a token), which the later stages read instead of looking its text up again.
  const tokens: Token[] = []
  const numbering = new WordNumbering()
  for (const paragraph of layout.paragraphs)
    tokenizeInto(layout.view, paragraph.start, paragraph.end, tokens, numbering)
  return { ...layout, sentences: splitSentences(tokens, layout.paragraphs), tokens, words: numbering.words() }
}

function bodySpan(view: string, paragraphs: readonly Span[], fallback: number): Span {
  const first = paragraphs[0]
  const last = paragraphs.at(-1)
  if (!first || !last) return { start: fallback, end: fallback }
  return trimSpan(view, first.start, last.end)
}

export type { Layout, ParsedArticle, Sentence, Token } from './document.ts'
export { type Lexeme, lexemeIn, lexemeOf } from './lexemes.ts'
export { normalizeView } from './normalize.ts'
export { type LexemeList, tokenize, tokenizeInto } from './tokenize.ts'
export { type ArticleWords, numberWords, WordNumbering } from './word-numbers.ts'
