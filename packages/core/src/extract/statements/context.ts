import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import { guessPos } from './pos.ts'
import { findQuotes, type Quote } from './quotes.ts'
import { stemWord } from './stem.ts'

const WORD = /[\p{L}\p{N}]/u

/** What every statements stage reads about the tokens of an article, computed once. */
export interface StatementContext {
  parsed: ParsedArticle
  tokens: readonly Token[]
  /** Lower-cased token texts. */
  lower: string[]
  /** 1 where a token has a letter or digit: contents and sources start and end on such tokens. */
  isWord: Uint8Array
  /** A coarse part of speech of each token, guessed from the word alone. */
  pos: string[]
  /** Crude stems of the lower-cased texts. */
  stems: string[]
  /** Sentence index of each token. */
  sentenceOf: Int32Array
  /** Paragraph index of each token. */
  paragraphOf: Int32Array
  quotes: Quote[]
  /** Index into `quotes` of the innermost quote holding each token (marks included), or -1. */
  quoteOf: Int32Array
}

/**
 * Reads the parsed article once for the statements stages: lower-cased forms, stems, sentences, paragraphs and quotes.
 * @example buildContext(parseArticle('"Yes," he said.')).quotes.length // 1
 */
export function buildContext(parsed: ParsedArticle): StatementContext {
  const { tokens } = parsed
  const sentenceOf = new Int32Array(tokens.length)
  const paragraphOf = new Int32Array(tokens.length)
  parsed.sentences.forEach((sentence: Sentence, index) => {
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
      sentenceOf[t] = index
      paragraphOf[t] = sentence.paragraph
    }
  })
  const lower = tokens.map((token) => token.text.toLowerCase())
  const stems = lower.map(stemWord)
  const isWord = Uint8Array.from(tokens, (token) => (WORD.test(token.text) ? 1 : 0))
  const sentenceStart = new Uint8Array(tokens.length)
  for (const sentence of parsed.sentences) sentenceStart[sentence.firstToken] = 1
  const pos = tokens.map((token, t) => guessPos(token.text, lower[t] as string, sentenceStart[t] === 1 || tokens[t - 1]?.text === '"'))
  const quotes = findQuotes(parsed.view, tokens, paragraphOf)
  const quoteOf = new Int32Array(tokens.length).fill(-1)
  // Quotes come sorted by opening mark; a later (inner) quote overwrites the outer one inside it.
  quotes.forEach((quote, index) => {
    for (let t = quote.open; t < quote.end; t++) quoteOf[t] = index
  })
  return { parsed, tokens, lower, isWord, pos, stems, sentenceOf, paragraphOf, quotes, quoteOf }
}
