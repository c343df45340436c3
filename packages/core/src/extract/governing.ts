import { countStartingBefore } from '../parse/count-before.ts'
import type { ParsedArticle } from '../parse/document.ts'
import type { Actor } from '../schemas/actor.ts'
import { findCountryOfCapital, findCountryOfDemonym } from './actors/countries.ts'
import { GOVERNMENT } from './government-mentions.ts'
import type { Anchor } from './statements/anchors.ts'
import { otherOffice } from './statements/other-office.ts'
import { governingByElimination } from './statements/stance-governing.ts'
import { homeCountry } from './statements/stance-home.ts'

// The party in office and the words that stand for it ("the government", "ministers"), for the actors stage (a
// country's government where no party is shown in office, government-in-office.ts) and the stance stage ("the
// government" as a target) alike: one reading of who governs, not two that could drift apart.

// What follows a party's name when it governs: "Labour's rule", "the Labour government", "Labour ministers";
// and what only the party in office can seek: "if Labour is re-elected", "Labour's re-election chances".
const GOVERNS_AFTER =
  /^(?:['\u2019]s (?:rule|record in (?:government|power|office)|(?:second|third|fourth|fifth) term|re-election)|-led government| government| ministers| administration| (?:is|was|were|are|be|being|gets?|got) re-elected)\b/i
// What precedes "Labour government" or "Labour ministers" when it is not the one in office ("a Tory government",
// "18 years of Conservative government", "a decade of Tory government").
const NOT_IN_OFFICE =
  /\b(?:an?|future|next|would|former|previous|last|shadow|any|another|(?:years|decades?) of)\s+$/i
// What precedes a party's name when it governs: "the ruling party".
const GOVERNS_BEFORE = /\b(?:governing|ruling|incumbent)\s+$/i
// A party in office since it won ("since Labour came to power in 1997") or still in it ("Labour has been in
// power"); "when the Tories came to power" may be any past time, and is not taken.
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i
const CAME_TO_POWER = /^ (?:came to|won|took|swept to|returned to) (?:power|office)\b/i
const STILL_IN_POWER = /^ (?:has|have) been in (?:power|office|government)\b/i
// A sentence that gives a party its terms in office: "if it wins a third term in power".
const TERMS = /\b(?:second|third|fourth|fifth) term\b/i

/**
 * The organization the article shows in office, when one alone is: its name before "government" or "ministers"
 * ("the Labour government"), its "rule" or its terms ("Labour's rule", "Labour … a third term in power"), or
 * after "ruling".
 */
export function governingParty(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[] = [],
): string | undefined {
  const evidence = new Map<string, number>()
  // The head of government's own party: "Labour's Prime Minister Tony Blair".
  for (const actor of actors) {
    const role = actor.role?.trim().toLowerCase() ?? ''
    if (!HEAD_OF_GOVERNMENT.test(role) || otherOffice(role) || !actor.affiliation) continue
    if (!actors.some((other) => other.id === actor.affiliation && other.kind === 'organization')) continue
    evidence.set(actor.affiliation, (evidence.get(actor.affiliation) ?? 0) + 1)
  }
  const { view, sentences } = parsed
  for (const anchor of anchors) {
    if (anchor.kind !== 'organization' || anchor.form !== 'name') continue
    const before = view.slice(Math.max(0, anchor.start - 24), anchor.start)
    const after = view.slice(anchor.end, anchor.end + 40)
    const sentence = sentences[countStartingBefore(sentences, anchor.start + 1) - 1]
    const governs =
      (GOVERNS_AFTER.test(after) && !NOT_IN_OFFICE.test(before)) ||
      GOVERNS_BEFORE.test(before) ||
      (SINCE_BEFORE.test(before) && CAME_TO_POWER.test(after)) ||
      STILL_IN_POWER.test(after) ||
      (sentence !== undefined &&
        sentence.end >= anchor.end &&
        TERMS.test(view.slice(sentence.start, sentence.end)))
    if (governs) evidence.set(anchor.actor, (evidence.get(anchor.actor) ?? 0) + 1)
  }
  const ranked = [...evidence].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  // Where no party is named in office, the one left when the others show themselves in opposition.
  if (!first) return governingByElimination(parsed, actors)
  return !second || second[1] < first[1] ? first[0] : undefined
}

// Roles of a head of government, whose party is the one in office.
const HEAD_OF_GOVERNMENT = /^(?:prime minister|premier|first minister|taoiseach)$/

// What follows "the government" of another place: "of" or "in" and a capitalized name ("of Iraq", "in Lima", "of the
// Gulf states"); any lower-case word after "of" is the charge laid on it ("of incompetence", "of a cover-up"). Tested
// apart from GOVERNMENT, whose i flag would read \p{Lu} as any letter.
const OF_OTHER = /^ (?:of|in) (?:the )?\p{Lu}/u
// Words before "ministers" that make them another body's: "shadow ministers", "foreign ministers", "their".
const OTHER_MINISTERS =
  /\b(?:shadow|former|ex|foreign|finance|defen[cs]e|health|energy|trade|other|opposition|their|his|her|its|our|junior|EU|G7|G20)\s+$/i

// "Government" written as a name inside a sentence: "a fact that Government needs to address", "called on
// Government to". Not at a sentence's start, where any word is capitalized: the word before is checked apart
// (BARE_GOVERNMENT_AFTER), since a lookbehind would be tried at every position of the text.
const BARE_GOVERNMENT = /Government\b(?! (?:of|in) \p{Lu})/gu
// The end of what precedes a bare "Government": a lowercase letter, maybe a comma, and a space.
const BARE_GOVERNMENT_AFTER = /\p{Ll},? $/u

/** Bare "Government" mentions inside a sentence, found by a cheap scan for the word first. */
function bareGovernments(view: string): RegExpExecArray[] {
  if (!view.includes('Government')) return []
  BARE_GOVERNMENT.lastIndex = 0
  return [...view.matchAll(BARE_GOVERNMENT)].filter((match) =>
    // Four code units hold a lowercase letter outside the BMP, a comma and a space.
    BARE_GOVERNMENT_AFTER.test(view.slice(Math.max(0, match.index - 4), match.index)),
  )
}

/** Whether "the government" ending at `end` is another place's: "the government of Iraq", "in Lima". */
function governmentOfOther(view: string, end: number): boolean {
  const after = view.slice(end, end + 40)
  return OF_OTHER.test(after)
}

/**
 * The words "the government" and "ministers" of the body `party` in office, as title anchors of it: all but
 * another place's ("the government of Iraq", a sentence that names another country than the party's or the
 * article's, "shadow ministers", "Tory ministers"). `setting`, when given, is the name of the country whose
 * government the words are, in place of the one the article's sentences put the party in.
 * @example governmentWordsOf(parsed, anchors, actors, 'organization:labour-party') // [{ form: 'title', … }]
 */
export function governmentWordsOf(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  party: string,
  setting?: string,
): Anchor[] {
  const { view } = parsed
  GOVERNMENT.lastIndex = 0
  const mentions = [...view.matchAll(GOVERNMENT), ...bareGovernments(view)]
  if (mentions.length === 0) return []
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  const home = setting === undefined ? homeCountries(parsed, anchors, actors, party) : new Set([setting])
  // Where no sentence puts the party in a country, its government is that of the country the article is set in:
  // "accused the government of failing the problems Britain faced" in an article set in Britain.
  // A country named once ("In Peru, Ruth Gale said the government had failed") is where one thing happened, not
  // where the article is set.
  const country = home.size === 0 ? homeCountry(anchors, actors) : undefined
  const setIn =
    country && anchors.filter((anchor) => anchor.actor === country).length > 1
      ? names.get(country)
      : undefined
  if (setIn !== undefined) home.add(setIn)
  // The body's own country, where the actors stage tied it to one ("United Kingdom government", a party of Britain):
  // "the government must show that British interests are safe" is still its own, though the sentence that named
  // it named only the places its acts reached ("missions in Iraq").
  const own = countryOf(actors, party)
  if (setting === undefined && own !== undefined) home.add(own)
  const found: Anchor[] = []
  for (const match of mentions) {
    // "In Peru, Smith said the government had failed", "Peruvian minister Rojas said the government …": a sentence
    // that names another country than the party's speaks of that country's government.
    const sentence = sentenceAt(parsed, match.index)
    if (sentence && countriesNamed(parsed, sentence, anchors, names).some((name) => !home.has(name))) continue
    const word = match[0].toLowerCase()
    const start = match.index + (word === 'ministers' ? 0 : word.indexOf(' ') + 1)
    const end = match.index + match[0].length
    if (word.endsWith(' government') && governmentOfOther(view, end)) continue
    if (word === 'ministers') {
      const before = view.slice(Math.max(0, start - 16), start)
      // "Labour ministers" is the party's own name; "Tory ministers", "Home Office ministers" another body's.
      if (OTHER_MINISTERS.test(before) || /\p{Lu}[\p{L}.]*\s+$/u.test(before)) continue
    }
    found.push({ start, end, actor: party, kind: 'organization', form: 'title' })
  }
  return found
}

/** The name of the country an actor is affiliated with, when the article ties it to one. */
function countryOf(actors: readonly Actor[], id: string): string | undefined {
  const affiliation = actors.find((actor) => actor.id === id)?.affiliation
  return actors.find((actor) => actor.id === affiliation && actor.kind === 'country')?.name
}

/** The sentence that holds an offset. */
function sentenceAt(parsed: ParsedArticle, offset: number): { start: number; end: number } | undefined {
  const sentence = parsed.sentences[countStartingBefore(parsed.sentences, offset + 1) - 1]
  return sentence && sentence.end > offset ? sentence : undefined
}

/**
 * The names of the countries a stretch of text names: by a country's anchor ("Peru"), a demonym ("Peruvian") or a
 * capital that stands for its government ("Lima").
 */
function countriesNamed(
  parsed: ParsedArticle,
  stretch: { start: number; end: number },
  anchors: readonly Anchor[],
  names: ReadonlyMap<string, string>,
): string[] {
  const found: string[] = []
  for (let i = countStartingBefore(anchors, stretch.start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= stretch.end) break
    const name = names.get(anchor.actor)
    if (anchor.kind === 'country' && name !== undefined) found.push(name)
  }
  const text = parsed.view.slice(stretch.start, stretch.end)
  for (const [word] of text.matchAll(/\p{Lu}[\p{L}-]+/gu)) {
    const country = findCountryOfDemonym(word) ?? findCountryOfCapital(word)
    if (country?.country) found.push(country.name)
  }
  return found
}

/**
 * The names of the countries of the party in office: those named in a sentence that names the party ("the Labour
 * government in Britain"). Empty when the article does not say.
 */
export function homeCountries(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  party: string,
): Set<string> {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]))
  const home = new Set<string>()
  for (const anchor of anchors) {
    if (anchor.actor !== party) continue
    const sentence = sentenceAt(parsed, anchor.start)
    if (sentence) for (const name of countriesNamed(parsed, sentence, anchors, names)) home.add(name)
  }
  return home
}
