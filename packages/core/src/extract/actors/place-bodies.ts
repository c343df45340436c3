import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import type { TaggedArticle } from './tag-article.ts'
import { chunkEnd, isInside, TAGS, typeOfTag } from './tagger/tags.ts'

const BEGIN_ORGANIZATION = TAGS.indexOf('B-ORG')
const INSIDE_ORGANIZATION = TAGS.indexOf('I-ORG')
const LOCATION = typeOfTag(TAGS.indexOf('B-LOC'))
// Capitalized heads of a body's name ("Club", "Trust", "Society"): the body's own name, not a common noun.
const HEADS = new Set(ORGANIZATION_HEADS.map((head) => head.charAt(0).toUpperCase() + head.slice(1)))

/**
 * "the Tarrow Club of creditors", "the Vellby Trust": a place's name that a capitalized head of a body's name
 * follows is that body's name, one organization, where the tagger kept the place and left the head out (it does
 * so for big cities: the name of a well-known place outweighs the word after it). The head must end the name
 * ("the Tarrow Club Road" is left alone) and the place be a whole name the tagger found. Changes `article.tags`
 * in place.
 * @example // "Creditors in the Tarrow Club agreed." → the organization "Tarrow Club", no place "Tarrow"
 */
export function joinPlaceBodies(article: TaggedArticle): void {
  const { tokens, tags, sentenceOf } = article
  for (let k = 0; k < tokens.length; k++) {
    if (typeOfTag(tags[k] as number) !== LOCATION || isInside(tags[k] as number)) continue
    const head = chunkEnd(tags, k)
    if (tags[head] !== 0 || sentenceOf[head] !== sentenceOf[k] || !HEADS.has(tokens[head]?.text ?? ''))
      continue
    // "Tarrow Club Road": the head opens a longer name.
    if (sentenceOf[head + 1] === sentenceOf[k] && /^\p{Lu}/u.test(tokens[head + 1]?.text ?? '')) continue
    tags[k] = BEGIN_ORGANIZATION
    tags.fill(INSIDE_ORGANIZATION, k + 1, head + 1)
    k = head
  }
}
