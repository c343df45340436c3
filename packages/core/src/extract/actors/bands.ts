import { BAND_TITLES } from '../../data/actors/apposed-nouns.ts'
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../data/actors/dates.ts'
import { COMPASS_POINTS } from '../../data/actors/places.ts'
import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import { findCountry, findCountryOfDemonym } from './countries.ts'
import { isFunctionWord } from './function-words.ts'
import type { Mention } from './mentions.ts'
import { looksLikePersonName } from './name-forms.ts'
import { opensSentence } from './name-openers.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isInside, TAGS, typeOfTag } from './tagger/tags.ts'

// A band's players, whose title follows the band's name: "Rusk Kings guitarist Ann Vale".
const PLAYERS = new Set(BAND_TITLES)
const MAX_NAME_WORDS = 3
// A word of a band's name: capitalized, no hyphen nor apostrophe ("Oscar-nominated" is no band).
const NAME_WORD = /^\p{Lu}[\p{L}\p{N}.]*$/u
const LOCATION = typeOfTag(TAGS.indexOf('B-LOC'))
const SEEN_PLACES = new Set((seen as Record<string, readonly string[]>).LOC ?? [])
const DATE_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES])
// Words before a region's name: "south Devon".
const COMPASS = new Set(COMPASS_POINTS)
// Words before a name that make it a place or an event where it stands: "at Tarnfield", "in Orlin".
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'near'])
// Words that join a name to the capitalized word before it: "Bank of Vexmen", "Tarn & Vexmen".
const NAME_JOINERS = new Set(['of', '&', 'and', 'de', 'du'])
// Words before a band's name and a player's title with no name after it: "the former Vexmen singer, who".
const LEADS = new Set(['the', 'former', 'ex'])
// Adjectives of the nations of the United Kingdom, which the countries data gives no demonym ("Welsh singer").
const NATION_ADJECTIVES = new Set(['English', 'Scottish', 'Welsh', 'Cornish', 'Ulster'])

/**
 * Bands named by a player's title: in "Rusk Kings guitarist Ann Vale", "Bo Reed, the former Vexmen singer," the
 * words before the title are a band, an organization, whatever the tagger said of them as a person or another
 * name, and so is every other place the article writes them as a name of their own ("Rusk Kings toured Japan"). A
 * common word opening a sentence ("Rock singer", "Former"), a demonym or a country ("Welsh singer"), a name with a
 * common given name ("Ann Vale singer") is no band, nor is a place's name or a date's ("Devon singer", "on 2 May
 * singer Bo Reed"): one the tagger's data knows as a place, one the tagger tags a place anywhere in the article,
 * or one the article writes after "at", "in", "from" or a compass word ("at Tarnfield", "south Devon").
 * @example matchBands(tagArticle(parseArticle('Then Rusk Kings guitarist Ann Vale left. Rusk Kings split.'))).length // 2
 */
export function matchBands(article: TaggedArticle): Mention[] {
  const { tokens, sentenceOf } = article
  const text = (i: number) => tokens[i]?.text ?? ''
  const bands = new Set<string>()
  // Where a title names the band: its first token, and its last (exclusive).
  const sites = new Map<number, number>()
  const places = placeReader(article)
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!PLAYERS.has(text(k))) continue
    const named = sentenceOf[k + 1] === sentenceOf[k] && playerNamed(article, k + 1)
    const title = text(k - 1) === 'lead' ? k - 1 : k
    let first = title
    while (
      first > 0 &&
      title - first < MAX_NAME_WORDS &&
      sentenceOf[first - 1] === sentenceOf[k] &&
      isNameWord(text(first - 1))
    )
      first--
    // A longer run of capitalized words is a headline or another name.
    if (
      title - first === MAX_NAME_WORDS &&
      sentenceOf[first - 1] === sentenceOf[k] &&
      isNameWord(text(first - 1))
    )
      continue
    while (first < title && isOpener(article, first)) first++
    if (first === title) continue
    // "Ann Vale, the former Vexmen singer, said": an article or "former" before the band names it too.
    if (!named && !LEADS.has(text(first - 1).toLowerCase())) continue
    if (tokens.slice(first, title).some((t) => givenNameGender(t.text) !== undefined)) continue
    const band = tokens
      .slice(first, title)
      .map((t) => t.text)
      .join(' ')
    if (places(band)) continue
    bands.add(band)
    sites.set(first, title)
  }
  return bands.size === 0 ? [] : occurrences(article, bands, sites)
}

/** Whether a player's name follows the title: "Ann Vale", or one capitalized word no common word ("Bono"). */
function playerNamed(article: TaggedArticle, at: number): boolean {
  if (looksLikePersonName(article, at, at + 2) || looksLikePersonName(article, at, at + 3)) return true
  const word = article.tokens[at]?.text ?? ''
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !isCommonWord(word) &&
    !/^\p{Lu}/u.test(article.tokens[at + 1]?.text ?? '')
  )
}

function isNameWord(word: string): boolean {
  return (
    NAME_WORD.test(word) &&
    !isFunctionWord(word) &&
    !DATE_WORDS.has(word) &&
    !NATION_ADJECTIVES.has(word) &&
    findCountryOfDemonym(word) === undefined &&
    findCountry(word) === undefined
  )
}

/**
 * A common word or one the tagger left untagged, opening a sentence: "Rock singer", "Former Vexmen singer"; not
 * one the tagger began a longer name with ("Black Tarn Kings singer").
 */
function isOpener(article: TaggedArticle, k: number): boolean {
  const word = article.tokens[k]?.text ?? ''
  if (!opensSentence(article, k) || isInside(article.tags[k + 1] as number)) return false
  return isCommonWord(word) || article.tags[k] === 0
}

/**
 * Whether a name is a place's, for each name asked once: one the tagger's data knows as a place ("Leicester
 * singer"), one it tags a place anywhere in the article, or one a compass word or a preposition of place opens
 * there ("Devon singer … in south Devon", "at Tarnfield"). The article's tokens are indexed by their text once.
 */
function placeReader(article: TaggedArticle): (name: string) => boolean {
  const { tokens, tags } = article
  // Built on the first name asked: most articles name no band.
  let at: Map<string, number[]> | undefined
  const answers = new Map<string, boolean>()
  return (name) => {
    const known = answers.get(name)
    if (known !== undefined) return known
    at ??= tokensByText(tokens)
    const words = name.split(' ')
    const before = (i: number) => (tokens[i - 1]?.text ?? '').toLowerCase()
    const place =
      SEEN_PLACES.has(name) ||
      (at.get(words[0] as string) ?? []).some(
        (i) =>
          words.every((word, w) => tokens[i + w]?.text === word) &&
          (typeOfTag(tags[i] as number) === LOCATION ||
            COMPASS.has(before(i)) ||
            PLACE_PREPOSITIONS.has(before(i))),
      )
    answers.set(name, place)
    return place
  }
}

/** The positions of each token text. */
function tokensByText(tokens: TaggedArticle['tokens']): Map<string, number[]> {
  const at = new Map<string, number[]>()
  for (const [i, token] of tokens.entries()) {
    const list = at.get(token.text)
    if (list) list.push(i)
    else at.set(token.text, [i])
  }
  return at
}

/**
 * The bands where titles name them, and every other place the article writes one of their names as a name of its
 * own, not inside a longer one.
 */
function occurrences(
  article: TaggedArticle,
  bands: ReadonlySet<string>,
  sites: ReadonlyMap<number, number>,
): Mention[] {
  const { tokens, sentenceOf } = article
  const found: Mention[] = []
  const mention = (first: number, last: number): Mention => {
    const start = (tokens[first] as { start: number }).start
    const end = (tokens[last - 1] as { end: number }).end
    return { first, last, start, end, text: nameAt(article, start, end), kind: 'organization' }
  }
  // The bands by their first word, longest first.
  const byFirstWord = new Map<string, string[][]>()
  for (const band of [...bands].sort((a, b) => b.length - a.length)) {
    const words = band.split(' ')
    const list = byFirstWord.get(words[0] as string)
    if (list) list.push(words)
    else byFirstWord.set(words[0] as string, [words])
  }
  for (let i = 0; i < tokens.length; i++) {
    const site = sites.get(i)
    if (site !== undefined) {
      found.push(mention(i, site))
      i = site - 1
      continue
    }
    const candidates = byFirstWord.get(tokens[i]?.text ?? '')
    if (candidates === undefined) continue
    // Not inside a longer name: a capitalized word before it is "The" or a word of the sentence ("Later"), and
    // no "of" or "&" joins it to one ("Bank of Vexmen").
    const before = tokens[i - 1]?.text ?? ''
    if (!opensSentence(article, i) && before !== 'The' && NAME_WORD.test(before) && !isOpener(article, i - 1))
      continue
    if (NAME_JOINERS.has(before) && NAME_WORD.test(tokens[i - 2]?.text ?? '')) continue
    for (const words of candidates) {
      const last = i + words.length
      if (words.some((word, w) => tokens[i + w]?.text !== word)) continue
      if (NAME_WORD.test(tokens[last]?.text ?? '') && sentenceOf[last] === sentenceOf[i]) continue
      if (words.length === 1 && opensSentence(article, i) && isCommonWord(words[0] as string)) continue
      found.push(mention(i, last))
      i = last - 1
      break
    }
  }
  return found
}
