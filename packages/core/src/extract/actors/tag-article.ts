import type { ParsedArticle, Token } from '../../parse/document.ts'
import { lexemeOf } from '../../parse/lexemes.ts'
import { tokenize } from '../../parse/tokenize.ts'
import { loadGazetteer } from './tagger/lexicon.ts'
import { loadTagger } from './tagger/load-tagger.ts'
import { tagDescribed } from './tagger/tag-document.ts'
import { describeLexeme } from './tagger/word-info.ts'

/** An article's tokens (the title's first, then the body's) with the tagger's IOB2 tag for each. */
export interface TaggedArticle {
  readonly text: string
  readonly view: string
  readonly tokens: readonly Token[]
  /** Token ranges [first, last) of the sentences, the title being sentence 0 when there is one. */
  readonly sentences: readonly { readonly first: number; readonly last: number }[]
  /** Tag index per token (see TAGS). */
  readonly tags: Uint8Array
  /** Sentence index per token. */
  readonly sentenceOf: Int32Array
}

/** Runs the named-entity tagger over the title and body of a parsed article, one document. */
export function tagArticle(parsed: ParsedArticle): TaggedArticle {
  const titleTokens = parsed.title ? tokenize(parsed.view, parsed.title.start, parsed.title.end) : []
  // Without a title the parsed arrays serve as they are, rather than as copies.
  const tokens = titleTokens.length > 0 ? [...titleTokens, ...parsed.tokens] : parsed.tokens
  const sentences = titleTokens.length > 0 ? [{ first: 0, last: titleTokens.length }] : []
  for (const sentence of parsed.sentences) {
    sentences.push({
      first: sentence.firstToken + titleTokens.length,
      last: sentence.lastToken + titleTokens.length,
    })
  }
  // Body words come described through their lexemes (one lookup per token for every stage); title words by text.
  const lexemes =
    titleTokens.length > 0
      ? [...titleTokens.map((token) => lexemeOf(token.text)), ...parsed.lexemes]
      : parsed.lexemes
  const words = sentences.map(({ first, last }) => lexemes.slice(first, last).map(describeLexeme))
  const tagged = tagDescribed(loadTagger(), loadGazetteer(), words)
  const tags = new Uint8Array(tokens.length)
  const sentenceOf = new Int32Array(tokens.length)
  sentences.forEach(({ first, last }, s) => {
    tags.set(tagged[s] as Uint8Array, first)
    sentenceOf.fill(s, first, last)
  })
  return { text: parsed.text, view: parsed.view, tokens, sentences, tags, sentenceOf }
}

/** The text between two offsets as a name or title: from the view (straight quotes), spaces made single. */
export function nameAt(article: TaggedArticle, start: number, end: number): string {
  return article.view.slice(start, end).replace(/\s+/g, ' ')
}
