import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { findCountryOfDemonym } from '../actors/countries.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// Nation epithets: sport and features call a person they named by where they are from ("said the Scot", "the
// American added", "the Cork man said"). The actor layer reads such a word as the country or a body, but as the
// whole of a source it is one person, the one the text is about.

// Nouns for one person of a nation that are not its adjective: "the Scot", "the Welshman", "the Spaniard".
const NATION_NOUNS: ReadonlySet<string> = new Set(
  `Scot Scotsman Scotswoman Briton Brit Welshman Welshwoman Englishman Englishwoman Irishman Irishwoman Frenchman
  Frenchwoman Dutchman Dutchwoman Spaniard Dane Swede Finn Pole Turk Kiwi Aussie Cornishman Yorkshireman
  Ulsterman`.split(/\s+/),
)

// Demonyms that as nouns name a whole people ("the French", "the Chinese", "the Swiss"), not one person.
const COLLECTIVE = /(?:ese|ish|ch|ss)$/

// A place and "man" or "woman": "Cork man", "New York woman", as personForDescription receives it with its capitals.
const PLACE_PERSON = /^\p{Lu}[\p{L}.'’ -]* (?:man|woman)$/u

/**
 * Whether a capitalised word names one person by nation: "Scot", "Welshman", "American"; not "French" or "Chinese",
 * which name a people, and not a lower-case word.
 * @example isNationEpithet('Scot') // true
 */
export function isNationEpithet(word: string): boolean {
  if (NATION_NOUNS.has(word)) return true
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || COLLECTIVE.test(word)) return false
  return findCountryOfDemonym(word) !== undefined
}

/** Whether a description (as readNationEpithet gives it) is a nation epithet: "Scot", "Cork man". */
export function isNationPhrase(phrase: string): boolean {
  return isNationEpithet(phrase) || PLACE_PERSON.test(phrase)
}

/**
 * The nation epithet a source's head is, with its capitals: "Scot" of "the Scot", "Cork man" of "the Cork man"
 * (a place the text names, then "man" or "woman"); undefined for any other head.
 */
export function readNationEpithet(
  tokens: readonly Token[],
  head: Span,
  inHead: readonly Anchor[],
): string | undefined {
  const words = tokens.filter((token) => token.start >= head.start && token.end <= head.end)
  if (words[0]?.text.toLowerCase() !== 'the') return undefined
  const last = words.at(-1) as Token
  if (words.length === 2) return isNationEpithet(last.text) ? last.text : undefined
  if (words.length < 3 || (last.text !== 'man' && last.text !== 'woman')) return undefined
  // "the Cork man": the words between "the" and "man" are all one place the text names.
  const place = inHead.find(
    (anchor) =>
      (anchor.kind === 'location' || anchor.kind === 'country') &&
      anchor.start === words[1]?.start &&
      anchor.end === words.at(-2)?.end,
  )
  return place
    ? `${words
        .slice(1, -1)
        .map((token) => token.text)
        .join(' ')} ${last.text}`
    : undefined
}

/** The nation a nation epithet names, so that "American" and "Kenyan" compare by country and "Scot" as written. */
function nationKey(word: string): string {
  return findCountryOfDemonym(word)?.code ?? word
}

/**
 * The people the text named, before `at`, right after a nation epithet ("Frenchman Luc Abel", "fellow American Sam
 * Cole"), with the nation it names: whom "the Frenchman" may be, and whom "the Scot" is not.
 */
export function nationsOfPeople(discourse: Discourse, at: number): Map<string, string> {
  const { tokens } = discourse.parsed
  const found = new Map<string, string>()
  for (const anchor of discourse.anchors) {
    if (anchor.start >= at) break
    if (anchor.kind !== 'person' || anchor.form !== 'name' || found.has(anchor.actor)) continue
    const before = tokens[countStartingBefore(tokens, anchor.start) - 1]
    if (before && isNationEpithet(before.text)) found.set(anchor.actor, nationKey(before.text))
  }
  return found
}

/** The people of `nations` whose nation is the one `epithet` names ("Frenchman" → everyone named as French). */
export function peopleOfNation(nations: ReadonlyMap<string, string>, epithet: string): string[] {
  const key = nationKey(epithet)
  return [...nations].filter(([, nation]) => nation === key).map(([actor]) => actor)
}

/** Whether a nation epithet may stand for `actor`: the text gave them no other nation. */
export function mayBeOfNation(nations: ReadonlyMap<string, string>, epithet: string, actor: string): boolean {
  const nation = nations.get(actor)
  return nation === undefined || nation === nationKey(epithet)
}
