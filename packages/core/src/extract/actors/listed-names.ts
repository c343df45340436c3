import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { givenNameGender } from '../given-names.ts'
import { commonTagOf } from './common-words.ts'
import { findCountry } from './countries.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const PERSON = typeOfTag(TAGS.indexOf('B-PER'))
const ORGANIZATION = typeOfTag(TAGS.indexOf('B-ORG'))
const LOCATION = typeOfTag(TAGS.indexOf('B-LOC'))
// Last words only a body's name ends with ("Tessaly Bank"): such a name keeps its kind in a list of places.
const BODY_HEADS = new Set([...ORGANIZATION_HEADS, ...INSTITUTION_HEADS.map((head) => head.toLowerCase())])

/** One name of a list: tokens [first, last) and the tagger's type for it (0 where it left the name untagged). */
interface Item {
  first: number
  last: number
  type: number
}

/**
 * "Vellcor, Quorvex, Arima and Tessaly", "in Dorvale, Orlin, Belo Tarrow and Pardew": the names of one list are
 * one sort of thing, so where most of them (two or more, over half) are places, or most are bodies, a name of the
 * list the tagger took for another kind takes theirs, unless it is a country, opens with a given name or ends with
 * a body's head ("Tessaly Bank"); a name it
 * left untagged between two of the list's names (a capitalized word the lexicon has no common word for) takes it
 * too. Lists of people are left alone, as people are listed with their bodies ("Ann Vale, Orlin and the union").
 * Changes `article.tags` in place.
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
    const separator = article.tokens[last.last]?.text
    if (separator !== ',' && separator !== 'and' && separator !== 'or') break
    const next = nameAt(article, last.last + 1, true)
    if (!next || article.sentenceOf[next.first] !== article.sentenceOf[k]) break
    items.push(next)
    if (separator !== ',') break
  }
  // A list ends with "and" or "or"; an untagged word is a name only between two of them.
  const and = article.tokens[(items.at(-2) as Item | undefined)?.last ?? -1]?.text
  if (and !== 'and' && and !== 'or') return items.slice(0, 1)
  if ((items.at(-1) as Item).type === 0) return items.slice(0, 1)
  return items
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

/** Gives the list's odd names the kind most of its names have, where most are places or bodies. */
function settleList(article: TaggedArticle, items: readonly Item[]): void {
  const { tokens, tags } = article
  for (const type of [LOCATION, ORGANIZATION]) {
    const count = items.filter((item) => item.type === type).length
    if (count < 2 || count * 2 <= items.length) continue
    for (const item of items) {
      if (item.type === type) continue
      const words = tokens.slice(item.first, item.last).map((t) => t.text)
      if (item.type === 0 && commonTagOf(words[0] as string) !== undefined) continue
      if (findCountry(words.join(' ')) !== undefined) continue
      if (item.type === PERSON && givenNameGender(words[0] as string) !== undefined) continue
      if (item.type === ORGANIZATION && BODY_HEADS.has((words.at(-1) as string).toLowerCase())) continue
      tags[item.first] = 2 * type - 1
      for (let j = item.first + 1; j < item.last; j++) tags[j] = 2 * type
    }
  }
}
