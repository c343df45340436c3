import { REGIONS } from '../../data/actors/places.ts'
import { findCountry } from './countries.ts'
import { isKnownPlace } from './firm-evidence.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { showsTeamSport } from './sport-clubs.ts'
import type { TaggedArticle } from './tag-article.ts'

// Places too large to be a club's home: a country's, a region's or a continent's name after a body's names one of
// its branches ("Vellcor Europe"), not a club.
const REGION_SET = new Set(REGIONS)
const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica'])
// A club's name runs to a few words before its town; a longer name is some other body's.
const MAX_CLUB_WORDS = 3

/**
 * A club named with its town after it and without: "Orlin Tarrow" and then "Orlin" are one club, in an article
 * about team sport (news names a club abroad with its town once, then by its own name). The town is a place the
 * tagger's data knows and no country, region or continent; the short name has a lower-case letter (not initials:
 * "BBC Scotland" is a branch of the BBC) and is no place itself ("Tarrow" beside "Tarrow United" is the town). Only
 * when the short name opens one such name of the article. The short name's mentions take the full name as their
 * canonical one, so that both are one actor. Changes the mentions in place.
 * @example // "Vale beat Orlin Tarrow 2-0 in the league. Orlin had won at home." → one club, "Orlin Tarrow"
 */
export function joinClubTowns(article: TaggedArticle, found: ArticleMentions): void {
  const fullNames = new Map<string, Set<string>>()
  for (const m of found.mentions) {
    if (!isPlain(m) || m.kind !== 'organization') continue
    const words = m.text.replace(/^the /i, '').split(' ')
    const town = words.at(-1) ?? ''
    if (words.length < 2 || words.length > MAX_CLUB_WORDS + 1 || !isTown(town)) continue
    const short = words.slice(0, -1).join(' ')
    if (!/\p{Ll}/u.test(short) || isKnownPlace(short)) continue
    fullNames.set(short, (fullNames.get(short) ?? new Set()).add(m.text.replace(/^the /i, '')))
  }
  if (fullNames.size === 0 || !showsTeamSport(article)) return
  for (const m of found.mentions) {
    if (!isPlain(m) || m.kind === 'person') continue
    const full = fullNames.get(m.text.replace(/^the /i, ''))
    if (full?.size !== 1) continue
    m.kind = 'organization'
    m.canonical = [...full][0] as string
  }
}

/** A name no earlier stage settled: no country, no canonical form. */
function isPlain(m: Mention): boolean {
  return m.country === undefined && m.canonical === undefined
}

/** A one-word place that can be a club's home: a town or city, not a country, region or continent. */
function isTown(word: string): boolean {
  return (
    isKnownPlace(word) && findCountry(word) === undefined && !REGION_SET.has(word) && !CONTINENTS.has(word)
  )
}
