import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import { type Lexeme, lexemeMemo } from '../../parse/lexemes.ts'
import type { ArticleWords } from '../../parse/word-numbers.ts'
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
  /** Token t's text lower-cased; undefined past the last token. */
  lower: (t: number) => string | undefined
  /** 1 where a token has a letter or digit: contents and sources start and end on such tokens. */
  isWord: Uint8Array
  /** The shape of token t ("Xx", "x", "X", "d", "p", "q"); undefined past the last token. */
  shape: (t: number) => string | undefined
  /** A coarse part of speech of token t, guessed from the word and whether it opens a sentence; undefined past the last token. */
  pos: (t: number) => string | undefined
  /**
   * Hashes of token t's lower-cased text, stem, part of speech, class and shape, for the learned features
   * (undefined past the last token). Read from one table per distinct word, not kept per token.
   */
  wordHash: TokenHash
  stemHash: TokenHash
  posHash: TokenHash
  classHash: TokenHash
  shapeHash: TokenHash
  /** Hashes of token t's last three letters and of its reporting class ("speech", "mind", … or "-"). */
  suffixHash: TokenHash
  lexiconHash: TokenHash
  /** The crude stem of token t's lower-cased text; undefined past the last token. */
  stem: (t: number) => string | undefined
  /**
   * Token t's form: 2 × the number of its text among the article's distinct texts, + 1 where it opens a sentence or
   * follows a quote mark (its part of speech is guessed as at a sentence's start). For stages that work out
   * something once per word; forms are numbered from 0, each below `formCount`.
   */
  formOf: Int32Array
  formCount: number
  /** Sentence index of each token. */
  sentenceOf: Int32Array
  /** Paragraph index of each token. */
  paragraphOf: Int32Array
  quotes: Quote[]
  /** Index into `quotes` of the innermost quote holding each token (marks included), or -1. */
  quoteOf: Int32Array
}

/** A hash of token t, read through its word's entry in a table of the article's distinct words. */
export type TokenHash = (t: number) => number

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
  const { formOf, forms, isWord } = numberForms(parsed.words, sentenceStart)
  const quotes = findQuotes(parsed.view, tokens, paragraphOf)
  const quoteOf = new Int32Array(tokens.length).fill(-1)
  // Quotes come sorted by opening mark; a later (inner) quote overwrites the outer one inside it.
  quotes.forEach((quote, index) => {
    for (let t = quote.open; t < quote.end; t++) quoteOf[t] = index
  })
  return {
    parsed,
    tokens,
    lower: (t) => forms[(formOf[t] ?? -1) >> 1]?.lower,
    isWord,
    shape: (t) => forms[(formOf[t] ?? -1) >> 1]?.shape,
    pos: (t) => {
      const form = formOf[t] ?? -1
      return forms[form >> 1]?.pos[form & 1]
    },
    wordHash: hashOfForm(formOf, forms, 0),
    stemHash: hashOfForm(formOf, forms, 1),
    shapeHash: hashOfForm(formOf, forms, 2),
    classHash: hashOfForm(formOf, forms, 3),
    posHash: hashOfForm(formOf, forms, 4),
    suffixHash: hashOfForm(formOf, forms, 6),
    lexiconHash: hashOfForm(formOf, forms, 7),
    stem: (t) => forms[(formOf[t] ?? -1) >> 1]?.stem,
    formOf,
    formCount: forms.length * 2,
    sentenceOf,
    paragraphOf,
    quotes,
    quoteOf,
  }
}

/**
 * The article's forms, a distinct word at a sentence's start or inside one: `formOf[t]` is 2 × the word's number
 * (as the parser numbered it) + 1 where it opens a sentence (`sentenceStart[t]` is 1) or follows a quote mark, and
 * `forms` describes each word once (through its lexeme, so across articles too); and which tokens are words. A token
 * costs 4 bytes here rather than 4 per hash, and its own object is not read: what a token needs of its word is read
 * from arrays over the words.
 */
function numberForms(
  words: ArticleWords,
  sentenceStart: Uint8Array,
): { formOf: Int32Array; forms: TokenInfo[]; isWord: Uint8Array } {
  const { of, lexemes } = words
  const forms: TokenInfo[] = []
  const wordIsWord = new Uint8Array(lexemes.length)
  const quoteMark = new Uint8Array(lexemes.length)
  for (let word = 0; word < lexemes.length; word++) {
    const lexeme = lexemes[word] as Lexeme
    const form = describeToken(lexeme)
    forms.push(form)
    wordIsWord[word] = form.isWord
    quoteMark[word] = lexeme.text === '"' ? 1 : 0
  }
  const formOf = new Int32Array(of.length)
  const isWord = new Uint8Array(of.length)
  let afterQuote = 0
  for (let t = 0; t < of.length; t++) {
    const word = of[t] as number
    formOf[t] = word * 2 + ((sentenceStart[t] as number) | afterQuote)
    isWord[t] = wordIsWord[word] as number
    afterQuote = quoteMark[word] as number
  }
  return { formOf, forms, isWord }
}

/**
 * Token t's hash number `which` of TokenInfo.hashes (4 is the part of speech inside a sentence, 5 at its start), as
 * a table over the forms; undefined past the last token, as a per-token array would answer.
 */
function hashOfForm(formOf: Int32Array, forms: readonly TokenInfo[], which: number): TokenHash {
  // Filled by plain loops: `Uint32Array.from` with a mapping function costs more than the rest of the context.
  if (which === 4) {
    const table = new Uint32Array(forms.length * 2)
    for (let f = 0; f < forms.length; f++) {
      const { hashes } = forms[f] as TokenInfo
      table[f * 2] = hashes[4] as number
      table[f * 2 + 1] = hashes[5] as number
    }
    return (t) => table[formOf[t] ?? -1] as number
  }
  const table = new Uint32Array(forms.length)
  for (let f = 0; f < forms.length; f++) table[f] = (forms[f] as TokenInfo).hashes[which] as number
  return (t) => table[(formOf[t] ?? -1) >> 1] as number
}
