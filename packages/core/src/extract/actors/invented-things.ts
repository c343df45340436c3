import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { REGIONS } from '../../data/actors/places.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set([...ORGANIZATION_NAMES, ...REGIONS])

/**
 * No invented places or organizations: a one-word name that the article writes in lower case at least as often
 * as it names it ("Coronavirus" beside "the coronavirus", "Discord" beside "discord") is a word, not an actor,
 * unless it is a country, a party or a well-known name ("Real" once real, three times the club, stays).
 * Changes `found.mentions` in place.
 * @example // "Coronavirus cases rose. The coronavirus spread." → no location "Coronavirus"
 */
export function dropLowerCasedNames(article: TaggedArticle, found: ArticleMentions): void {
  const named = new Map<string, number>()
  const isCandidate = (m: Mention) =>
    (m.kind === 'location' || m.kind === 'organization') &&
    m.last - m.first === 1 &&
    m.country === undefined &&
    m.canonical === undefined &&
    !KNOWN.has(m.text)
  for (const m of found.mentions) if (isCandidate(m)) named.set(m.text, (named.get(m.text) ?? 0) + 1)
  if (named.size === 0) return
  const lowered = new Map([...named.keys()].map((word) => [word.toLowerCase(), 0]))
  for (const token of article.tokens) {
    const count = lowered.get(token.text)
    if (count !== undefined) lowered.set(token.text, count + 1)
  }
  const isWord = (text: string) => (lowered.get(text.toLowerCase()) ?? 0) >= (named.get(text) ?? 0)
  found.mentions = found.mentions.filter((m) => !(isCandidate(m) && isWord(m.text)))
}
