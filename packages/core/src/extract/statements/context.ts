import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import { type Lexeme, lexemeMemo } from '../../parse/lexemes.ts'
import { hashString } from './feature-hash.ts'
import { reportingClass } from './lexicon.ts'
import { guessPos } from './pos.ts'
import { findQuotes, type Quote } from './quotes.ts'
import { shapeOf } from './shape.ts'
import { stemWord } from './stem.ts'
import { wordClass } from './word-class.ts'

const WORD = /[\p{L}\p{N}]/u

/** What every statements stage reads about the tokens of an article, computed once. */
export interface StatementContext {
  parsed: ParsedArticle
  tokens: readonly Token[]
  /** Lower-cased token texts. */
  lower: string[]
  /** 1 where a token has a letter or digit: contents and sources start and end on such tokens. */
  isWord: Uint8Array
  /** The shape of each token ("Xx", "x", "X", "d", "p", "q"). */
  shapes: string[]
  /** A coarse part of speech of each token, guessed from the word alone. */
  pos: string[]
  /** Hashes of each token's lower-cased text, stem, part of speech, class and shape, for the learned features. */
  wordHash: Uint32Array
  stemHash: Uint32Array
  posHash: Uint32Array
  classHash: Uint32Array
  shapeHash: Uint32Array
  /** Hashes of each token's last three letters and of its reporting class ("speech", "mind", … or "-"). */
  suffixHash: Uint32Array
  lexiconHash: Uint32Array
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

/** What a token text tells on its own, computed once per distinct text. */
interface TokenInfo {
  lower: string
  stem: string
  shape: string
  /** The guessed part of speech inside a sentence and at its start. */
  pos: [string, string]
  isWord: number
  /** Hashes of lower, stem, shape, class, the two parts of speech, the last three letters, the reporting class. */
  hashes: number[]
}

// Words repeat within and across articles: each distinct token text is described once, per lexeme.
const describeToken = lexemeMemo(describeText)

/** What a token text tells on its own. */
function describeText(text: string): TokenInfo {
  const low = text.toLowerCase()
  const stem = stemWord(low)
  const shape = shapeOf(text)
  const wordClassName = wordClass(text, low)
  const inside = guessPos(text, low, false)
  const initial = guessPos(text, low, true)
  const info: TokenInfo = {
    lower: low,
    stem,
    shape,
    pos: [inside, initial],
    isWord: WORD.test(text) ? 1 : 0,
    hashes: [
      hashString(low),
      hashString(stem),
      hashString(shape),
      hashString(wordClassName),
      hashString(inside),
      hashString(initial),
      hashString(low.slice(-3)),
      hashString(reportingClass(stem) ?? '-'),
    ],
  }
  return info
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
  const n = tokens.length
  const sentenceStart = new Uint8Array(n)
  for (const sentence of parsed.sentences) sentenceStart[sentence.firstToken] = 1
  const { lexemes } = parsed
  // Each list made by `map`, which sizes it once and keeps it packed (the engine reads packed lists faster than holey
  // ones): pushed one by one, a list of a long article's tokens is copied as it grows, and the copies are garbage the
  // size of the list. The memo answers each token with one array read.
  const infoAt = (t: number) => describeToken(lexemes[t] as Lexeme)
  const initialAt = (t: number) => (sentenceStart[t] === 1 || tokens[t - 1]?.text === '"' ? 1 : 0)
  const lower = lexemes.map((lexeme) => describeToken(lexeme).lower)
  const stems = lexemes.map((lexeme) => describeToken(lexeme).stem)
  const shapes = lexemes.map((lexeme) => describeToken(lexeme).shape)
  const pos = lexemes.map((lexeme, t) => describeToken(lexeme).pos[initialAt(t)] as string)
  const isWord = new Uint8Array(n)
  const wordHash = new Uint32Array(n)
  const stemHash = new Uint32Array(n)
  const posHash = new Uint32Array(n)
  const classHash = new Uint32Array(n)
  const shapeHash = new Uint32Array(n)
  const suffixHash = new Uint32Array(n)
  const lexiconHash = new Uint32Array(n)
  for (let t = 0; t < n; t++) {
    const info = infoAt(t)
    isWord[t] = info.isWord
    wordHash[t] = info.hashes[0] as number
    stemHash[t] = info.hashes[1] as number
    shapeHash[t] = info.hashes[2] as number
    classHash[t] = info.hashes[3] as number
    posHash[t] = info.hashes[4 + initialAt(t)] as number
    suffixHash[t] = info.hashes[6] as number
    lexiconHash[t] = info.hashes[7] as number
  }
  const quotes = findQuotes(parsed.view, tokens, paragraphOf)
  const quoteOf = new Int32Array(tokens.length).fill(-1)
  // Quotes come sorted by opening mark; a later (inner) quote overwrites the outer one inside it.
  quotes.forEach((quote, index) => {
    for (let t = quote.open; t < quote.end; t++) quoteOf[t] = index
  })
  return {
    parsed,
    tokens,
    lower,
    isWord,
    shapes,
    pos,
    wordHash,
    stemHash,
    posHash,
    classHash,
    shapeHash,
    suffixHash,
    lexiconHash,
    stems,
    sentenceOf,
    paragraphOf,
    quotes,
    quoteOf,
  }
}
