import { GOVERNMENT_SAYING_VERBS, GOVERNMENT_VERB_GAP } from '../../data/actors/institutions.ts'
import { bodyMention } from './bodies.ts'
import { findCountry, findCountryOfDemonym } from './countries.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isInside } from './tagger/tags.ts'
import { isCapitalized } from './tagger/word-shape.ts'

// A government's verbs of saying; its acts and wishes (GOVERNMENT_ACTS: "the government hopes", "has announced
// plans", "imposed") are the plain noun's as often as a speaker's, and make no actor.
const VERBS = new Set(GOVERNMENT_SAYING_VERBS)
const GAP = new Set(GOVERNMENT_VERB_GAP)
// "the government have also argued": at most this many auxiliaries and adverbs between the body and its verb.
const MAX_GAP = 3

/**
 * "the government said", "the Irish government has warned": the lower-case noun as the subject of a verb of
 * saying is the article's government speaking, one actor with the capitalized "the Government" (see bodies.ts).
 * Elsewhere lower-case "government" is the plain noun ("the government of the day", "in government") and names
 * no one, so only "the" (and a country or demonym) before it and a verb of saying after it make a mention.
 * @example matchSpeakingGovernment(tagArticle(parseArticle('Later the government said it would act.')))[0]?.text // 'government'
 */
export function matchSpeakingGovernment(article: TaggedArticle): Mention[] {
  const { tokens, sentenceOf, tags } = article
  const found: Mention[] = []
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as { text: string }).text !== 'government' || !speaksAfter(article, i)) continue
    const before = (tokens[i - 1] as { text: string }).text
    const prefix =
      sentenceOf[i - 1] === sentenceOf[i] && isCapitalized(before) && !isInside(tags[i - 1] ?? 0)
        ? (findCountry(before) ?? findCountryOfDemonym(before))
        : undefined
    const first = prefix ? i - 1 : i
    if (!/^the$/i.test(tokens[first - 1]?.text ?? '') || sentenceOf[first - 1] !== sentenceOf[i]) continue
    const mention = bodyMention(article, first, i + 1, prefix)
    if (!prefix) mention.canonical = 'Government'
    found.push(mention)
  }
  return found
}

/**
 * Whether one of `verbs` (a verb of saying unless given) follows the word at `i` in its sentence, past a few
 * auxiliaries and adverbs.
 */
export function speaksAfter(article: TaggedArticle, i: number, verbs: ReadonlySet<string> = VERBS): boolean {
  const { tokens, sentenceOf } = article
  let k = i + 1
  while (k <= i + MAX_GAP && GAP.has(tokens[k]?.text.toLowerCase() ?? '') && sentenceOf[k] === sentenceOf[i])
    k++
  return verbs.has(tokens[k]?.text.toLowerCase() ?? '') && sentenceOf[k] === sentenceOf[i]
}
