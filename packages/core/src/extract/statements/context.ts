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
  /** The coarse class of each token ("det", "pron", "wh", "cap", "word", …). */
  classes: string[]
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
  wordClass: string
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
    wordClass: wordClassName,
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
  const lower: string[] = []
  const stems: string[] = []
  const shapes: string[] = []
  const classes: string[] = []
  const pos: string[] = []
  const isWord = new Uint8Array(n)
  const wordHash = new Uint32Array(n)
  const stemHash = new Uint32Array(n)
  const posHash = new Uint32Array(n)
  const classHash = new Uint32Array(n)
  const shapeHash = new Uint32Array(n)
  const suffixHash = new Uint32Array(n)
  const lexiconHash = new Uint32Array(n)
  const sentenceStart = new Uint8Array(n)
  for (const sentence of parsed.sentences) sentenceStart[sentence.firstToken] = 1
  for (let t = 0; t < n; t++) {
    const info = describeToken(parsed.lexemes[t] as Lexeme)
    const initial = sentenceStart[t] === 1 || tokens[t - 1]?.text === '"' ? 1 : 0
    // Pushed rather than written into `new Array(n)`: packed arrays, which the engine reads faster than holey ones.
    lower.push(info.lower)
    stems.push(info.stem)
    shapes.push(info.shape)
    classes.push(info.wordClass)
    pos.push(info.pos[initial] as string)
    isWord[t] = info.isWord
    wordHash[t] = info.hashes[0] as number
    stemHash[t] = info.hashes[1] as number
    shapeHash[t] = info.hashes[2] as number
    classHash[t] = info.hashes[3] as number
    posHash[t] = info.hashes[4 + initial] as number
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
    classes,
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
