import type { TaggedArticle } from './tag-article.ts'
import { isInside } from './tagger/tags.ts'

// The indefinite articles, which open a sentence in capitals but no name of an actor ("An Orlin Bank spokesman").
const INDEFINITE = new Set(['A', 'An'])

/**
 * "An Orlin Bank spokesman said": a name the tagger opened with a capitalized indefinite article starts after it,
 * when two words or more follow ("An Post" and "A Coruña" keep it; "The" stays: "The Hague", "The Observer").
 * Changes `article.tags` in place.
 * @example // "An Orlin Bank spokesman said no." → the body "Orlin Bank"
 */
export function dropLeadingArticles(article: TaggedArticle): void {
  const { tokens, tags } = article
  for (let k = 0; k + 1 < tokens.length; k++) {
    const tag = tags[k] as number
    if (tag === 0 || isInside(tag) || !INDEFINITE.has(tokens[k]?.text ?? '')) continue
    // "An Post", "A Coruña": one word after the article, which is then part of the name.
    if (!isInside(tags[k + 1] as number) || !isInside(tags[k + 2] ?? 0)) continue
    tags[k + 1] = tag
    tags[k] = 0
  }
}
