import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { REGIONS } from '../../data/actors/places.ts'
import { wordUses } from './evidence.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set([...ORGANIZATION_NAMES, ...REGIONS])

/**
 * No invented places or organizations: a one-word name that the article also writes in lower case
 * ("Coronavirus" beside "the coronavirus", "Discord" beside "discord") is a word, not an actor, unless it is a
 * country, a party or a well-known name. Changes `found.mentions` in place.
 * @example // "Coronavirus cases rose. The coronavirus spread." → no location "Coronavirus"
 */
export function dropLowerCasedNames(article: TaggedArticle, found: ArticleMentions): void {
  const candidates = new Set<string>()
  const isCandidate = (m: Mention) =>
    (m.kind === 'location' || m.kind === 'organization') &&
    m.last - m.first === 1 &&
    m.country === undefined &&
    m.canonical === undefined &&
    !KNOWN.has(m.text)
  for (const m of found.mentions) if (isCandidate(m)) candidates.add(m.text)
  if (candidates.size === 0) return
  const uses = wordUses(article, candidates)
  found.mentions = found.mentions.filter((m) => !(isCandidate(m) && uses.get(m.text)?.lowerCase))
}
