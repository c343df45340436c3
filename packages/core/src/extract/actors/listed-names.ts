import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { givenNameGender } from '../given-names.ts'
import { isBodyHead } from './body-heads.ts'
import { commonTagOf } from './common-words.ts'
import { findCountry } from './countries.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const PERSON = typeOfTag(TAGS.indexOf('B-PER'))
const ORGANIZATION = typeOfTag(TAGS.indexOf('B-ORG'))
const LOCATION = typeOfTag(TAGS.indexOf('B-LOC'))
// Last words only a body's name ends with ("Tessaly Bank"): such a name keeps its kind in a list of places.
const KNOWN = new Set(ORGANIZATION_NAMES)

/** One name of a list: tokens [first, last) and the tagger's type for it (0 where it left the name untagged). */
interface Item {
  first: number
  last: number
  type: number
}

/**
 * "Vellcor, Quorvex, Arima and Tessaly", "in Dorvale, Orlin, Belo Tarrow and Pardew": the names of one list are
 * one sort of thing. Where most of a list that ends with "and" or "or" (two or more, over half) are places, or
 * most are bodies, a name the tagger took for another kind takes theirs, unless it is a country, opens with a
 * given name, is a lone word for a person among places ("Paris and Chirac") or ends with a body's head
 * ("Tessaly Bank"); a name it left untagged between two of the list's names
 * (a capitalized word the lexicon has no common word for) takes it too. Where most (three or more) are people,
 * in such a list or a line-up of four names or more between commas ("Vale, Pell (Dorn 76), Tarrow, Quint"), a
 * lone word taken for a place or a body that is no country or well-known body is one more person. Changes
 * `article.tags` in place.
 * @example // "Phones by Vellcor, Quorvex, Arima and Tessaly" → four organizations where the tagger made places
 */
export function kindListedNames(article: TaggedArticle): void {
  const { tokens } = article
  let k = 0
  while (k < tokens.length) {
    const items = listAt(article, k)
    if (items.length < 3) {
      k = (items[0]?.last ?? k) + 1
      continue
    }
    settleList(article, items)
    k = (items.at(-1) as Item).last
  }
}

/** The items of the list whose first name starts at token k: the first alone where no list starts there. */
function listAt(article: TaggedArticle, k: number): Item[] {
  const first = nameAt(article, k, false)
  if (!first) return []
  const items = [first]
  for (;;) {
    const last = items.at(-1) as Item
    // "Stone (Cisse 76), Quashie": a short aside in brackets after a name is no separator.
    const at = afterAside(article, last.last)
    const separator = article.tokens[at]?.text
    if (separator !== ',' && separator !== 'and' && separator !== 'or') break
    const next = nameAt(article, at + 1, true)
    if (!next || article.sentenceOf[next.first] !== article.sentenceOf[k]) break
    items.push(next)
    if (separator !== ',') break
  }
  // A list ends with "and" or "or", or has four names or more between commas (a team's line-up); an untagged
  // word is a name only between two of them.
  while (items.length > 1 && (items.at(-1) as Item).type === 0) items.pop()
  const and = article.tokens[(items.at(-2) as Item | undefined)?.last ?? -1]?.text
  if (and !== 'and' && and !== 'or' && items.length < 4) return items.slice(0, 1)
  return items
}

/** Whether the list's last two names are joined by "and" or "or" (not a line-up of commas only). */
function isJoined(article: TaggedArticle, items: readonly Item[]): boolean {
  const and = article.tokens[(items.at(-2) as Item).last]?.text
  return and === 'and' || and === 'or'
}

/** The token after a bracketed aside of at most four words that opens at token k, else k. */
function afterAside(article: TaggedArticle, k: number): number {
  if (article.tokens[k]?.text !== '(') return k
  for (let j = k + 1; j <= k + 5; j++) if (article.tokens[j]?.text === ')') return j + 1
  return k
}

/** The tagged name that starts at token k, or, where untagged are allowed, one capitalized word left untagged. */
function nameAt(article: TaggedArticle, k: number, untagged: boolean): Item | undefined {
  const { tokens, tags } = article
  const tag = tags[k] ?? 0
  if (tag === 0) {
    const word = tokens[k]?.text ?? ''
    const next = tokens[k + 1]?.text
    if (!untagged || !/^\p{Lu}\p{Ll}+$/u.test(word) || (next !== ',' && next !== 'and')) return undefined
    return { first: k, last: k + 1, type: 0 }
  }
  const type = typeOfTag(tag)
  if (isInside(tag) || (type !== PERSON && type !== ORGANIZATION && type !== LOCATION)) return undefined
  let last = k + 1
  while (last < tokens.length && isInside(tags[last] as number) && typeOfTag(tags[last] as number) === type)
    last++
  return { first: k, last, type }
}

/** Gives the list's odd names the kind most of its names have. */
function settleList(article: TaggedArticle, items: readonly Item[]): void {
  const { tokens, tags } = article
  const persons = items.filter((item) => item.type === PERSON).length
  if (persons >= 3 && persons * 2 > items.length) {
    // A line-up of surnames: a lone word the tagger took for a place or a body is one more.
    for (const item of items) {
      const word = tokens[item.first]?.text ?? ''
      if (item.type === PERSON || item.type === 0 || item.last - item.first !== 1) continue
      if (findCountry(word) !== undefined || KNOWN.has(word)) continue
      tags[item.first] = 2 * PERSON - 1
    }
    return
  }
  // A line-up of commas alone may list people the tagger took for places ("Subs: Vale, Pell, Jordan"): there
  // only places and bodies trade kinds.
  const joined = isJoined(article, items)
  for (const type of [LOCATION, ORGANIZATION]) {
    const count = items.filter((item) => item.type === type).length
    if (count < 2 || count * 2 <= items.length) continue
    for (const item of items) {
      if (item.type === type || (!joined && (item.type === PERSON || item.type === 0))) continue
      const words = tokens.slice(item.first, item.last).map((t) => t.text)
      if (item.type === 0 && commonTagOf(words[0] as string) !== undefined) continue
      if (findCountry(words.join(' ')) !== undefined) continue
      // Among places a lone word taken for a person is a surname as often as a place ("Washington, Paris and
      // Chirac"), not among three places or more where the article names it nowhere else; a person of several words that no given name opens a place ("Belo Horizonte"); among bodies a
      // lone surname is a body's ("Magna, Johnson Controls and Lear").
      const lone = words.length === 1 && type === LOCATION && !isTourStop(article, item, count)
      if (item.type === PERSON && (lone || givenNameGender(words[0] as string) !== undefined)) continue
      if (item.type === ORGANIZATION && isBodyHead(words.at(-1) as string)) continue
      tags[item.first] = 2 * type - 1
      for (let j = item.first + 1; j < item.last; j++) tags[j] = 2 * type
    }
  }
}

/**
 * "visits Derby, Leeds, Hull and Pellbay": among three places or more, a lone word the article writes nowhere
 * else is one more stop of the list; a surname ("… and Chirac") is as a rule named again, in full or with a title.
 */
function isTourStop(article: TaggedArticle, item: Item, places: number): boolean {
  if (places < 3) return false
  const word = article.tokens[item.first]?.text
  return article.tokens.filter((token) => token.text === word).length === 1
}
