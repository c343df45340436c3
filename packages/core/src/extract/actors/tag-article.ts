import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import type { Lexeme } from '../../parse/lexemes.ts'
import { tokenize } from '../../parse/tokenize.ts'
import { loadGazetteer } from './tagger/lexicon.ts'
import { loadTagger } from './tagger/load-tagger.ts'
import { tagDescribedInto } from './tagger/tag-document.ts'
import { describeLexeme, describeWord, type WordInfo } from './tagger/word-info.ts'

/** An article's tokens (the title's first, then the body's) with the tagger's IOB2 tag for each. */
export interface TaggedArticle {
  readonly text: string
  readonly view: string
  readonly tokens: readonly Token[]
  /**
   * Token ranges [first, last) of the sentences, the title being sentence 0 when there is one, and the index of each
   * one's paragraph in the parsed article (the title's: -1, a paragraph of its own).
   */
  readonly sentences: readonly { readonly first: number; readonly last: number; readonly paragraph: number }[]
  /** Whether sentence 0 is the article's title (else the body's first sentence). */
  readonly titled: boolean
  /** Tag index per token (see TAGS). */
  readonly tags: Uint8Array
  /** Sentence index per token. */
  readonly sentenceOf: Int32Array
}

/** Runs the named-entity tagger over the title and body of a parsed article, one document. */
export function tagArticle(parsed: ParsedArticle): TaggedArticle {
  const titleTokens = parsed.title ? tokenize(parsed.view, parsed.title.start, parsed.title.end) : []
  const shift = titleTokens.length
  // Without a title the parsed tokens serve as they are; with one, `concat` sizes the copy once.
  const tokens = shift > 0 ? titleTokens.concat(parsed.tokens) : parsed.tokens
  const sentences = shift > 0 ? [{ first: 0, last: shift, paragraph: -1 }] : []
  for (const sentence of parsed.sentences) {
    sentences.push({
      first: sentence.firstToken + shift,
      last: sentence.lastToken + shift,
      paragraph: sentence.paragraph,
    })
  }
  // Body words come described through their lexemes (one lookup per token for every stage); title words by text.
  // Each sentence's words are described when the tagger reads them, twice (casing, then tags), rather than held
  // for the whole text at once: a sentence's list is short-lived, a list per sentence of a long text is not.
  const titleWords = shift > 0 ? titleTokens.map((token) => describeWord(token.text)) : []
  // Each of the article's words described once, by its number (see ArticleWords), when a sentence first reads it.
  const { of, lexemes } = parsed.words
  const described: (WordInfo | undefined)[] = []
  for (let word = 0; word < lexemes.length; word++) described.push(undefined)
  const wordsOf = (s: number): WordInfo[] => {
    if (shift > 0 && s === 0) return titleWords
    const sentence = parsed.sentences[shift > 0 ? s - 1 : s] as Sentence
    const sentenceWords: WordInfo[] = []
    for (let t = sentence.firstToken; t < sentence.lastToken; t++) {
      const number = of[t] as number
      let word = described[number]
      if (word === undefined) {
        word = describeLexeme(lexemes[number] as Lexeme)
        described[number] = word
      }
      sentenceWords.push(word)
    }
    return sentenceWords
  }
  const tags = new Uint8Array(tokens.length)
  tagDescribedInto(
    loadTagger(),
    loadGazetteer(),
    { count: sentences.length, wordsOf },
    tags,
    sentences.map(({ first }) => first),
  )
  const sentenceOf = new Int32Array(tokens.length)
  sentences.forEach(({ first, last }, s) => {
    sentenceOf.fill(s, first, last)
  })
  return { text: parsed.text, view: parsed.view, tokens, sentences, titled: shift > 0, tags, sentenceOf }
}

/** The text between two offsets as a name or title: from the view (straight quotes), spaces made single. */
export function nameAt(article: TaggedArticle, start: number, end: number): string {
  return article.view.slice(start, end).replace(/\s+/g, ' ')
}
