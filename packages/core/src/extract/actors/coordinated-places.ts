import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import { givenNameGender } from '../given-names.ts'
import { commonTagOf } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'
import { chunkEnd, isInside, TAGS } from './tagger/tags.ts'

const BEGIN_LOCATION = TAGS.indexOf('B-LOC')
const BEGIN_PERSON = TAGS.indexOf('B-PER')
// What follows a person's name and no place's: a possessive, a verb of saying ("in Velmar and Pardew's plans").
const PERSON_MARKS = new Set(["'s", '’s', ...SPEECH_VERBS])
// Prepositions of place, after which two names joined by "and" are two places ("in Velmar and Orlin").
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'across', 'throughout', 'around', 'near', 'between'])

/** A noun, or a capitalized word, that a preposition of place follows: "voters", "Police". */
function isNounBefore(word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true
  return commonTagOf(word) === 'N'
}

/**
 * "Voters in Kensington and Chelsea", "police in Velmar and Orlin": after a noun and a preposition of place, a
 * place's name, "and", and one capitalized word that the tagger took for a person (no given name, no possessive or
 * verb of saying after it) is a second place, or the second half of one place's name. Changes `article.tags` in place.
 * @example // "Voters in Velmar and Orlin backed it." → two places, no person "Orlin"
 */
export function kindCoordinatedPlaces(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tags[k] !== BEGIN_LOCATION || !PLACE_PREPOSITIONS.has(tokens[k - 1]?.text.toLowerCase() ?? ''))
      continue
    // "Voters in …", "police in …": a noun before the preposition; after a verb ("was held in Paris and Chirac
    // hosted …") "and" may join two clauses.
    if (!isNounBefore(tokens[k - 2]?.text ?? '')) continue
    const and = chunkEnd(tags, k)
    const second = and + 1
    if (tokens[and]?.text !== 'and' || tags[second] !== BEGIN_PERSON || isInside(tags[second + 1] ?? 0))
      continue
    if (sentenceOf[second] !== sentenceOf[k] || givenNameGender(tokens[second]?.text ?? '') !== undefined)
      continue
    if (PERSON_MARKS.has(tokens[second + 1]?.text.toLowerCase() ?? '')) continue
    tags[second] = BEGIN_LOCATION
    k = second
  }
}
