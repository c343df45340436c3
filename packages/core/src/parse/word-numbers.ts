import { type Lexeme, lexemeOf } from './lexemes.ts'

/**
 * An article's distinct words, numbered in the order they first occur: the stages that work something out once per
 * word (the statements context, the actors tagger) index arrays by these numbers instead of looking every token's
 * text up again in a map of their own.
 */
export interface ArticleWords {
  /** The word number of each token. */
  readonly of: Int32Array
  /** The lexeme of each word, by number. */
  readonly lexemes: readonly Lexeme[]
}

/** The stamp of the last numbering begun: each numbering marks the lexemes it has numbered with its own. */
let lastStamp = 0

/**
 * Numbers the words of one article as the tokenizer finds them (`push` each token's lexeme, in order). Each token's
 * number names a lexeme of its text. A text has one number, unless the lexeme table starts over during the article
 * (its words come again as new lexemes) or another article is numbered between its tokens: the words seen again
 * after that get a second number, with the same text and so the same description, which costs the stages a little
 * work and changes nothing.
 */
export class WordNumbering {
  private of = new Int32Array(256)
  private count = 0
  private readonly lexemes: Lexeme[] = []
  private readonly stamp = ++lastStamp

  /** Numbers the next token's word. */
  push(lexeme: Lexeme): void {
    let number = lexeme.number
    if (lexeme.numbering !== this.stamp) {
      number = this.lexemes.length
      this.lexemes.push(lexeme)
      lexeme.numbering = this.stamp
      lexeme.number = number
    }
    if (this.count === this.of.length) {
      const longer = new Int32Array(this.of.length * 2)
      longer.set(this.of)
      this.of = longer
    }
    this.of[this.count++] = number
  }

  /** The words numbered so far. */
  words(): ArticleWords {
    // A view, not a copy: a long article's numbers are megabytes, and nothing writes below the count again.
    return { of: this.of.subarray(0, this.count), lexemes: this.lexemes }
  }
}

/**
 * Numbers the words of tokens given by their texts, as the parser does while it tokenizes: for documents built
 * from tokens of their own (an evaluation's corpus).
 * @example numberWords([{ text: 'no' }, { text: 'and' }, { text: 'no' }]).of // Int32Array [0, 1, 0]
 */
export function numberWords(tokens: readonly { readonly text: string }[]): ArticleWords {
  const numbering = new WordNumbering()
  for (const { text } of tokens) numbering.push(lexemeOf(text))
  return numbering.words()
}
