import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS, ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { findCountry } from './countries.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS } from './tagger/tags.ts'
import { wordPlacesOf } from './word-places.ts'

const BEGIN_ORGANIZATION = TAGS.indexOf('B-ORG')
const INSIDE_ORGANIZATION = TAGS.indexOf('I-ORG')
// Last words of one body's name whose first words "and" joins: "Securities and Exchange Commission".
const HEADS = new Set([
  ...ORGANIZATION_HEADS,
  ...INSTITUTION_HEADS.map((head) => head.toLowerCase()),
  'organisation',
  'organization',
])
const KNOWN = new Set(ORGANIZATION_NAMES)
// Words that tie what follows to a head before "and": "Department of Trade and Industry", "Ministry for Food and
// Farming", "University of the Hills and Islands".
const LINKS = new Set(['of', 'for', 'the'])

/**
 * "Vellcor Bank and Orrin", "Arvato and Samsung", "Arima and Tessaly" (with "Arima said" further on): two bodies
 * the tagger read as one name are two, where the article shows them apart: the first ends with a body's head
 * ("Bank", "Group"), they end a list ("Vellcor, Arima and Tessaly"), or either is a well-known name, a country, or written again alone elsewhere in the article.
 * One body's name keeps its "and": a head ends it ("Securities and Exchange Commission"), "of" or "for" ties it
 * ("Department of Trade and Industry"), or nothing shows two (a firm named for two founders, a comic duo). Changes
 * `article.tags` in place.
 * @example // "Shares in Vellcor Bank and Orrin fell." → "Vellcor Bank" and "Orrin"
 */
export function splitCoordinatedNames(article: TaggedArticle): void {
  const { tokens, tags } = article
  let first = 0
  while (first < tokens.length) {
    if (tags[first] !== BEGIN_ORGANIZATION) {
      first++
      continue
    }
    let last = first + 1
    while (last < tokens.length && tags[last] === INSIDE_ORGANIZATION) last++
    const and = coordinationAt(article, first, last)
    if (and === undefined) {
      first = last
      continue
    }
    tags[and] = 0
    tags[and + 1] = BEGIN_ORGANIZATION
    // The second name may join a third: "Arima and Tessaly and Vellcor".
    first = and + 1
  }
}

/** The "and" at which the name in tokens [first, last) is two bodies' names, if it is. */
function coordinationAt(article: TaggedArticle, first: number, last: number): number | undefined {
  const { tokens } = article
  if (HEADS.has((tokens[last - 1]?.text ?? '').toLowerCase())) return undefined
  for (let k = first + 1; k + 1 < last; k++) {
    const text = (tokens[k] as { text: string }).text
    if (LINKS.has(text)) return undefined
    if (text !== 'and' || !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue
    const opening = tokens.slice(first, k).map((t) => t.text)
    const closing = tokens.slice(k + 1, last).map((t) => t.text)
    return shownApart(article, opening, first, closing, k + 1) ? k : undefined
  }
  return undefined
}

/** Whether the article shows the two names of "A and B" to be two bodies. */
function shownApart(
  article: TaggedArticle,
  opening: readonly string[],
  openingAt: number,
  closing: readonly string[],
  closingAt: number,
): boolean {
  if (opening.length > 1 && HEADS.has((opening.at(-1) as string).toLowerCase())) return true
  if (opening.length === 1 && closing.length === 1 && endsList(article, openingAt)) return true
  return [
    [opening, openingAt],
    [closing, closingAt],
  ].some(
    ([words, at]) =>
      isKnown(words as string[]) || isWrittenElsewhere(article, words as string[], at as number),
  )
}

/**
 * Whether the name at token `at` ends a list, a comma and another name before it ("Vellcor, Arima and Tessaly"):
 * the "and" is the list's, between its last two names.
 */
function endsList(article: TaggedArticle, at: number): boolean {
  const { tokens, tags } = article
  if (tokens[at - 1]?.text !== ',' || (tags[at - 2] ?? 0) === 0) return false
  // "the Department for Media, Culture and Sport": a list inside one body's name, after "for" or "of".
  let k = at - 2
  while (k > 0 && isInside(tags[k] as number)) k--
  return !LINKS.has(tokens[k - 1]?.text ?? '') && !tokens.slice(k, at - 1).some((t) => LINKS.has(t.text))
}

/** A well-known body or a country: "Samsung", "Interpol", "France". */
function isKnown(words: readonly string[]): boolean {
  const name = words.join(' ')
  return KNOWN.has(name) || findCountry(name) !== undefined
}

/**
 * Whether the words are written, capitalized as here, somewhere other than at token `at`, as a name of their own:
 * neither the start of a longer name nor beside "and" (the same "A and B" again).
 */
function isWrittenElsewhere(article: TaggedArticle, words: readonly string[], at: number): boolean {
  const { tokens } = article
  const { first, next } = wordPlacesOf(article)
  // Only the places of the first word, through the article's index: a scan of every token per name grew as the
  // square of a long text.
  for (let k = first.get(words[0] as string) ?? -1; k >= 0; k = next[k] as number) {
    if (k + words.length > tokens.length) break
    if (k === at || !words.every((w, j) => tokens[k + j]?.text === w)) continue
    const after = k + words.length
    const coordinated = tokens[k - 1]?.text === 'and' || tokens[after]?.text === 'and'
    if (!isInside(article.tags[after] ?? 0) && !coordinated) return true
  }
  return false
}
