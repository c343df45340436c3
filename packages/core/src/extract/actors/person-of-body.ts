import { HONORIFICS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_PERSON = TAGS.indexOf('B-PER')
const INSIDE_PERSON = TAGS.indexOf('I-PER')
const BEGIN_ORGANIZATION = TAGS.indexOf('B-ORG')
const ORGANIZATION = typeOfTag(BEGIN_ORGANIZATION)
const SURNAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

/**
 * "Peter Vane of Orlin Trade Magazine" tagged "Peter" and a body "Vane of Orlin Trade Magazine": a body's name that
 * starts with one capitalized word and "of", right after a given name, an honorific ("Mr Vane of …") or a capitalized word that is no common word, inside the
 * sentence, is a
 * person's surname and the body the person is of. The given name (or the honorific's name) and the surname
 * become one person, the words after "of" the body. Changes `article.tags` in place.
 * @example // "According to Peter Vane of Orlin Trade Magazine, …" → person "Peter Vane", body "Orlin Trade Magazine"
 */
export function splitPersonOfBody(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 1; k + 2 < tokens.length; k++) {
    const tag = tags[k] as number
    if (isInside(tag) || typeOfTag(tag) !== ORGANIZATION) continue
    if (tokens[k + 1]?.text !== 'of' || !isInside(tags[k + 1] as number) || !isInside(tags[k + 2] as number))
      continue
    if (sentenceOf[k - 1] !== sentenceOf[k] || !SURNAME.test(tokens[k]?.text ?? '')) continue
    if (!/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) continue
    const before = tokens[k - 1]?.text ?? ''
    const previous = tags[k - 1] as number
    if (!/^\p{Lu}\p{Ll}/u.test(before) || (previous !== 0 && previous !== BEGIN_PERSON)) continue
    // A given name, a title, or a name of its own inside the sentence that the tagger left untagged ("Andreas").
    const untagged = sentenceOf[k - 2] === sentenceOf[k - 1] && !isCommonWord(before)
    if (givenNameGender(before) === undefined && !isHonorific(before) && !untagged) continue
    tags[k - 1] = isHonorific(before) ? 0 : BEGIN_PERSON
    tags[k] = isHonorific(before) ? BEGIN_PERSON : INSIDE_PERSON
    tags[k + 1] = 0
    tags[k + 2] = BEGIN_ORGANIZATION
    k += 2
  }
}

function isHonorific(word: string): boolean {
  return HONORIFICS[word.toLowerCase()] !== undefined
}
