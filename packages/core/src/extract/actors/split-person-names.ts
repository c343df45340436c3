import { POST_NOMINALS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const PERSON = typeOfTag(BEGIN_PERSON)
const POST_NOMINAL_SET = new Set(POST_NOMINALS)
// A surname as news writes it: "Vosper", "McAllan", "O'Hare", "Tellam-Cross" (not "BBC" nor "iPod").
const SURNAME = /^(?:\p{Lu}\p{Ll}+|Mc\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?$/u

/**
 * "Judge Mark Reuters QC" tagged "Mark" a person and "Reuters QC" a firm: a common given name that is a name of its
 * own, right before a surname that is one too (with a post-nominal such as "QC" at most), one of the two tagged a
 * person's, is one person's name, whatever the tagger took the other for. Changes
 * `article.tags` in place.
 * @example // "Judge Mark Reuters QC sentenced him." → one person "Mark Reuters QC"
 */
export function joinSplitPersonNames(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 0; k + 1 < tokens.length; k++) {
    const tag = tags[k] as number
    const next = tags[k + 1] as number
    if (tag === 0 || isInside(tag) || next === 0 || isInside(next)) continue
    if (typeOfTag(tag) !== PERSON && typeOfTag(next) !== PERSON) continue
    if (sentenceOf[k] !== sentenceOf[k + 1]) continue
    const given = (tokens[k] as { text: string }).text
    const surname = (tokens[k + 1] as { text: string }).text
    if (!/^\p{Lu}\p{Ll}/u.test(given) || givenNameGender(given) === undefined) continue
    if (givenNameGender(surname) !== undefined) continue
    if (!SURNAME.test(surname) || isCommonWord(surname)) continue
    // The surname's span: the surname, then a post-nominal at most.
    let end = k + 2
    while (end < tokens.length && isInside(tags[end] as number)) end++
    const rest = tokens.slice(k + 2, end).map((t) => t.text.toLowerCase())
    if (rest.length > 1 || (rest.length === 1 && !POST_NOMINAL_SET.has(rest[0] as string))) continue
    tags[k] = BEGIN_PERSON
    for (let j = k + 1; j < end; j++) tags[j] = INSIDE_PERSON
    k = end - 1
  }
}
