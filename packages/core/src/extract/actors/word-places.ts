import type { TaggedArticle } from './tag-article.ts'

/**
 * Where each token text of an article stands, as chains of token indices in text order: `first` of each text,
 * then `next` of each place (-1 ends a chain), 4 bytes a token rather than a list per word.
 */
export interface WordPlaces {
  readonly first: ReadonlyMap<string, number>
  readonly next: Int32Array
}

// Built once per article, at the first stage that asks: several stages look words up where a scan of every token
// for each name asked about would grow as the square of a long text.
const placesByArticle = new WeakMap<TaggedArticle, WordPlaces>()

/**
 * The places of every token text of an article.
 * @example // for "Vale and Vale said": first.get('Vale') === 0, next[0] === 2, next[2] === -1
 */
export function wordPlacesOf(article: TaggedArticle): WordPlaces {
  let known = placesByArticle.get(article)
  if (!known) {
    const { tokens } = article
    const first = new Map<string, number>()
    const next = new Int32Array(tokens.length)
    // Read from the end, so that each word's chain runs from its first place forward.
    for (let i = tokens.length - 1; i >= 0; i--) {
      const text = (tokens[i] as { text: string }).text
      next[i] = first.get(text) ?? -1
      first.set(text, i)
    }
    known = { first, next }
    placesByArticle.set(article, known)
  }
  return known
}
