import { POST_NOMINALS, ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import { findCountryOfDemonym } from './countries.ts'
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
  joinUntaggedSurnames(article)
}

/**
 * "Theresa May", "Clare Short": the tagger took the common given name for a person and left the word after it, a
 * common word in lower case ("may", "short"), untagged. Written with its capital inside a sentence right after
 * the given name, the word is the surname, unless a capitalized word follows it too (a run of names or a
 * headline), it is a title or a people's name ("Mike Chief", "Ann Welsh"), or the sentence is a headline.
 */
function joinUntaggedSurnames(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tags[k] !== BEGIN_PERSON || tags[k + 1] !== 0 || sentenceOf[k] !== sentenceOf[k + 1]) continue
    if (article.titled && sentenceOf[k] === 0) continue
    const given = (tokens[k] as { text: string }).text
    const surname = (tokens[k + 1] as { text: string }).text
    if (!/^\p{Lu}\p{Ll}/u.test(given) || givenNameGender(given) === undefined) continue
    if (!SURNAME.test(surname) || givenNameGender(surname) !== undefined) continue
    if (ROLE_HEAD_SET.has(surname.toLowerCase()) || findCountryOfDemonym(surname)) continue
    const after = tokens[k + 2]?.text ?? ''
    if (sentenceOf[k + 2] === sentenceOf[k] && /^\p{Lu}/u.test(after)) continue
    tags[k + 1] = INSIDE_PERSON
    k++
  }
}
