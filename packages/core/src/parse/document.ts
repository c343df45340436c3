import type { Span } from '../schemas/span.ts'
import type { ArticleWords } from './word-numbers.ts'

/** A word or punctuation mark: its offsets into the text and the characters there. */
export interface Token {
  start: number
  end: number
  /** The token as the view has it, `view.slice(start, end)`: plain spaces and straight quotes. */
  text: string
}

/** A sentence: its offsets and the half-open range of its tokens in `ParsedArticle.tokens`. */
export interface Sentence {
  start: number
  end: number
  firstToken: number
  lastToken: number
  /** Index of the paragraph that holds it. */
  paragraph: number
}

/** An article's parts that need no tokens: its title, dateline, body and paragraphs. */
export interface Layout {
  text: string
  view: string
  title: Span | null
  dateline: Span | null
  datelinePlace: string | null
  body: Span
  paragraphs: Span[]
}

/**
 * An article's text cut into its parts, as every later stage reads it.
 * `view` has the same length as `text` with unusual spaces and quotes made plain, so offsets found in it hold for `text`.
 */
export interface ParsedArticle extends Layout {
  sentences: Sentence[]
  tokens: Token[]
  /** The article's distinct token texts, numbered, and the number of each token's. */
  words: ArticleWords
}
