import { findCountry } from './countries.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS } from './tagger/tags.ts'

const BEGIN_PLACE = TAGS.indexOf('B-LOC')
const INSIDE_PLACE = TAGS.indexOf('I-LOC')
// The longest name on either side of "and" in a country's name ("Sao Tome and Principe").
const MAX_SIDE = 3

/**
 * "Antigua and Barbuda", "Bosnia and Herzegovina": a country whose name joins two names with "and" is one
 * country where the tagger read two names, when the whole is a country's name. Changes `article.tags` in place.
 * @example // "They will play Antigua and Barbuda." → country "Antigua and Barbuda"
 */
export function joinCountryPairs(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]?.text !== 'and' || tags[k] !== 0 || tags[k - 1] === 0 || tags[k + 1] === 0) continue
    if (isInside(tags[k + 1] as number) || sentenceOf[k - 1] !== sentenceOf[k + 1]) continue
    let first = k - 1
    while (first > 0 && isInside(tags[first] as number)) first--
    let last = k + 2
    while (last < tokens.length && isInside(tags[last] as number)) last++
    if (k - first > MAX_SIDE || last - k - 1 > MAX_SIDE) continue
    const name = tokens
      .slice(first, last)
      .map((t) => t.text)
      .join(' ')
    if (findCountry(name)?.name !== name) continue
    tags[first] = BEGIN_PLACE
    for (let t = first + 1; t < last; t++) tags[t] = INSIDE_PLACE
  }
}
