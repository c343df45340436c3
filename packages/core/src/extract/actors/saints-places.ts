import type { TaggedArticle } from './tag-article.ts'
import { TAGS } from './tagger/tags.ts'

const BEGIN_ORGANIZATION = TAGS.indexOf('B-ORG')
const INSIDE_ORGANIZATION = TAGS.indexOf('I-ORG')
const BEGIN_LOCATION = TAGS.indexOf('B-LOC')
const INSIDE_LOCATION = TAGS.indexOf('I-LOC')
// A saint's name opens these words in their place names.
const SAINTS = new Set(['St', 'St.', 'Saint'])
const POSSESSIVES = new Set(["'s", '’s', "'", '’'])
// Places named for a saint, by the word after the possessive; the rest of this class are bodies ("College").
const PLACE_HEADS = new Set([
  'Abbey',
  'Avenue',
  'Basilica',
  'Bay',
  'Bridge',
  'Cathedral',
  'Chapel',
  'Church',
  'Close',
  'Cross',
  'Gate',
  'Green',
  'Hall',
  'Hill',
  'Island',
  'Lane',
  'Palace',
  'Park',
  'Place',
  'Road',
  'Square',
  'Street',
  'Way',
])
const BODY_HEADS = new Set(['College', 'Hospital', 'School', 'University'])

/**
 * "St Helen's Road", "St Paul's Cathedral", "St Peter's Square": a saint's name, its possessive and the noun of a
 * place or a building after it are one name, a place (or a body for a college, a school, a hospital), where the
 * tagger cut it at the possessive into a place and a body, or a person and a place. The noun must end the name
 * ("St Ann's Road Map" is left alone). Changes `article.tags` in place.
 * @example // "on St Helen's Road" → the place "St Helen's Road", no place "St Helen" nor body "Road"
 */
export function joinSaintsPlaces(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (!SAINTS.has(tokens[k]?.text ?? '')) continue
    const name = k + 1
    const possessive = k + 2
    const head = k + 3
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[name]?.text ?? '')) continue
    if (!POSSESSIVES.has(tokens[possessive]?.text ?? '')) continue
    const headWord = tokens[head]?.text ?? ''
    const place = PLACE_HEADS.has(headWord)
    if ((!place && !BODY_HEADS.has(headWord)) || sentenceOf[head] !== sentenceOf[k]) continue
    if (/^\p{Lu}/u.test(tokens[head + 1]?.text ?? '')) continue
    tags[k] = place ? BEGIN_LOCATION : BEGIN_ORGANIZATION
    tags.fill(place ? INSIDE_LOCATION : INSIDE_ORGANIZATION, name, head + 1)
    k = head
  }
}
