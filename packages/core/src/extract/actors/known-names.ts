import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { REGIONS } from '../../data/actors/places.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import { isCommonWord } from './common-words.ts'
import { findCountry } from './countries.ts'
import type { Mention } from './mentions.ts'
import { buildPhraseLexicon, matchPhrase } from './phrases.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isInside } from './tagger/tags.ts'

const LEXICON = buildPhraseLexicon<ActorKind>([
  ...ORGANIZATION_NAMES.map((name) => [name, 'organization'] as const),
  // One-word regions are left to the tagger (where "Florida" may be a team); longer ones it splits ("Inner Mongolia").
  // Nations that news calls countries ("Northern Ireland") are the country data's (see nations.ts).
  ...REGIONS.filter((name) => name.includes(' ') && !findCountry(name)?.country).map(
    (name) => [name, 'location'] as const,
  ),
])

/**
 * Well-known organizations ("Amazon", "Weibo", "the World Bank") and regions of several words ("Inner
 * Mongolia") wherever they are written, whatever the tagger said. A one-word name that is also a common word
 * ("Apple", "Visa") needs to stand mid-sentence, and one after "the" is something else ("the Amazon" river); a
 * longer name the tagger found around one is left whole.
 * @example matchKnownNames(tagArticle(parseArticle('Posts on Weibo said so.')))[0]?.kind // 'organization'
 */
export function matchKnownNames(article: TaggedArticle): Mention[] {
  const { tokens } = article
  const found: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const match = matchPhrase(LEXICON, tokens, i)
    if (!match) continue
    const { value: kind, last } = match
    // A longer name the tagger found around it wins: "International Red Cross", "LM Ericsson AB".
    if (isInside(article.tags[i] as number) || isInside(article.tags[last] ?? 0)) continue
    const word = (tokens[i] as { text: string }).text
    if (last - i === 1) {
      const sentenceStart = i === 0 || article.sentenceOf[i - 1] !== article.sentenceOf[i]
      if (sentenceStart && isCommonWord(word)) continue
      if (tokens[i - 1]?.text.toLowerCase() === 'the' && word !== word.toUpperCase()) continue
    }
    const start = (tokens[i] as { start: number }).start
    const end = (tokens[last - 1] as { end: number }).end
    found.push({ first: i, last, start, end, text: nameAt(article, start, end), kind })
    i = last - 1
  }
  return found
}
