import { GROUP_NAMES, GROUP_WORDS } from '../../data/actors/groups.ts'
import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { ROLE_HEADS, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import { matchBands } from './bands.ts'
import { matchBodies } from './bodies.ts'
import { commonTagOf } from './common-words.ts'
import { type Country, findCountry, findCountryOfDemonym } from './countries.ts'
import { isModifiedBody } from './demonym-modifiers.ts'
import { isFunctionWord } from './function-words.ts'
import { dropHeadlineModifiers } from './headline-modifiers.ts'
import { splitHeadlineVerbs } from './headline-verbs.ts'
import { markGovernmentCapitals, matchInstitutions } from './institutions.ts'
import { matchKnownNames } from './known-names.ts'
import { lineBreakBefore, typeOfLinePiece } from './line-breaks.ts'
import { matchLowercaseBodies } from './lowercase-bodies.ts'
import { isBodyAcronym } from './misc-bodies.ts'
import { looksLikePersonName } from './name-forms.ts'
import { looseOpeners } from './name-openers.ts'
import { matchNewspapers, matchPublications } from './newspapers.ts'
import { isPartyStateTag } from './party-state.ts'
import { nameEnds } from './possessive-ends.ts'
import { matchSpeakingGovernment } from './speaking-government.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { ENTITY_TYPES, isInside, typeOfTag } from './tagger/tags.ts'
import { isAllCaps, isCapitalized } from './tagger/word-shape.ts'
import { confirmTitleLines } from './title-lines.ts'
import { trailingPersonStart } from './trailing-person.ts'

/** A name found in the text: tokens [first, last), offsets, what kind of actor it names. */
export interface Mention {
  first: number
  last: number
  start: number
  end: number
  /** The name as written (from the original text). */
  text: string
  kind: ActorKind
  /** The country it names, for country mentions. */
  country?: Country
  /** For an organization, the country its name starts with ("US State Department"). */
  prefixCountry?: Country
  /** The one name of an actor written in several forms ("Tories", "Tory" → "Conservative Party"). */
  canonical?: string
  /** A lone name where the speaker of a verb of saying stands ("Trump said"): a person (see speaking-names.ts). */
  speaks?: true
  /** A full name that another of the article's is the usual spelling of ("Charles Clark"; see spelling-variants.ts). */
  variant?: true
}

/** A demonym that stands for a country: "Russian" in "the Russian stand". */
export interface DemonymMention {
  token: number
  country: Country
}

/** The names and demonyms of an article. */
export interface ArticleMentions {
  mentions: Mention[]
  demonyms: DemonymMention[]
}

// A run of this many capitalized words is a headline in title case or noise, not a name.
const LONG_CAPITALIZED_RUN = 7
const MAX_NAME_TOKENS = 8
const GROUPS = groupLexicon()
const KNOWN_BODIES = new Set(ORGANIZATION_NAMES)
const GROUP_WORD_SET = new Set(GROUP_WORDS)
const ROLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS])

/**
 * Turns the tagger's chunks into mentions with a kind (person, organization, group, country, location) and
 * collects demonyms. Drops what is likely invented: chunks without a capital, in a line of capitals unless
 * confirmed elsewhere, inside long runs of capitalized words, or in a script with no Latin letters.
 */
export function findMentions(article: TaggedArticle): ArticleMentions {
  const { tokens, tags } = article
  const capsLine = capitalLines(article)
  const runs = capitalizedRuns(article)
  const mentions: Mention[] = []
  const demonyms: DemonymMention[] = []
  const taken = new Uint8Array(tokens.length)
  const knownNames = [
    ...matchGroups(article),
    ...matchInstitutions(article),
    ...matchKnownNames(article),
    ...matchNewspapers(article),
    ...matchPublications(article),
    ...matchBands(article),
    ...matchBodies(article),
    ...matchLowercaseBodies(article),
    ...matchSpeakingGovernment(article),
  ]
  for (const known of knownNames) {
    if (taken.subarray(known.first, known.last).some((x) => x === 1)) continue
    mentions.push(known)
    taken.fill(1, known.first, known.last)
  }
  const nameEnd = nameEnds(article)
  for (let i = 0; i < tokens.length; ) {
    const type = typeOfTag(tags[i] as number)
    // A chunk the tagger carried over a line break ends at it; the next line's words open a name of their own.
    if (type === 0 || (isInside(tags[i] as number) && !lineBreakBefore(article, i))) {
      i++
      continue
    }
    let j = i + 1
    while (
      j < tokens.length &&
      isInside(tags[j] as number) &&
      typeOfTag(tags[j] as number) === type &&
      !lineBreakBefore(article, j)
    )
      j++
    let first = i
    // Whether the tagger's chunk ran over a line break, before or after this piece.
    const cut =
      isInside(tags[i] as number) ||
      (j < tokens.length && isInside(tags[j] as number) && typeOfTag(tags[j] as number) === type)
    i = j
    j = nameEnd(first, j)
    // "If Johnson wins": a function word the tagger took in opens no name.
    while (first < j - 1 && isFunctionWord((tokens[first] as { text: string }).text)) first++
    // "western North Carolina", "Putting Ireland" first: words of the sentence the tagger took in.
    first += looseOpeners(article, first, j, ENTITY_TYPES[type - 1] as string)
    if (taken.subarray(first, j).some((x) => x === 1)) {
      // "Liberal Democrat Charles Kennedy" tagged as one name: the party is taken, the person after it stays.
      let tail = taken.lastIndexOf(1, j - 1) + 1
      // "Tory MP Neil Parish": the title between the party and the name is neither.
      while (tail < j && ROLE_WORDS.has((tokens[tail] as { text: string }).text.toLowerCase())) tail++
      if (looksLikePersonName(article, tail, j)) mentions.push(toMention(article, tail, j, 'PER') as Mention)
      continue
    }
    // In a line of capitals every word is capitalized: confirmCapitalLines judges its names instead of runs.
    const inCapsLine = capsLine[article.sentenceOf[first] as number] === true
    if (!isPlausibleName(article, first, j, inCapsLine ? undefined : runs)) continue
    // "Critics of America" opening a sentence: the people are no organization, the country is named.
    if (ENTITY_TYPES[type - 1] === 'ORG' && isPeopleOfCountry(article, first, j)) {
      const country = toMention(article, first + 2, j, 'LOC')
      if (country && country !== 'demonym') mentions.push(country)
      continue
    }
    // "Liberal Party of Canada Fernand Viau" as one organization: the party, then the person.
    const person = ENTITY_TYPES[type - 1] === 'ORG' ? trailingPersonStart(article, first, j) : -1
    if (person > 0) {
      const organization = toMention(article, first, person, 'ORG')
      if (organization && organization !== 'demonym') mentions.push(organization)
      mentions.push(toMention(article, person, j, 'PER') as Mention)
      continue
    }
    const mention = toMention(
      article,
      first,
      j,
      typeOfLinePiece(article, first, j, ENTITY_TYPES[type - 1] as string, cut),
    )
    if (mention === 'demonym') {
      const country = findCountryOfDemonym((tokens[first] as { text: string }).text)
      if (country && !capsLine[article.sentenceOf[first] as number]) demonyms.push({ token: first, country })
      continue
    }
    if (mention) mentions.push(mention)
  }
  mentions.sort((a, b) => a.first - b.first)
  markGovernmentCapitals(article, mentions)
  const joined = joinCountryPrefixes(article, mentions, demonyms)
  const confirmed = confirmTitleLines(
    article,
    dropHeadlineModifiers(
      article,
      splitHeadlineVerbs(article, confirmCapitalLines(article, joined.mentions, capsLine)),
    ),
  )
  return { mentions: confirmed, demonyms: joined.demonyms }
}

/**
 * "US" + "State Department" is one organization, "US State Department", of the United States (taggers trained
 * on CoNLL often split it); an organization whose name starts with a country or demonym is affiliated with it.
 */
function joinCountryPrefixes(
  article: TaggedArticle,
  mentions: Mention[],
  demonyms: DemonymMention[],
): ArticleMentions {
  const out: Mention[] = []
  const used = new Set<number>()
  const demonymAt = new Map(demonyms.map((d) => [d.token, d]))
  for (const mention of mentions) {
    const previous = out.at(-1)
    const demonym = demonymAt.get(mention.first - 1)
    const isOrganization = mention.kind === 'organization' || mention.kind === 'group'
    if (
      isOrganization &&
      previous?.kind === 'country' &&
      previous.last === mention.first &&
      previous.country
    ) {
      out[out.length - 1] = joinMentions(article, previous, mention, previous.country)
    } else if (isOrganization && demonym && !isModifiedBody(article, mention, mentions)) {
      used.add(demonym.token)
      out.push(joinMentions(article, { ...mention, first: demonym.token }, mention, demonym.country))
    } else {
      // A well-known body named after a place ("Scotland Yard") belongs to no country its name opens with.
      if (isOrganization && mention.last - mention.first > 1 && !KNOWN_BODIES.has(mention.text)) {
        const head = (article.tokens[mention.first] as { text: string }).text
        const country = findCountry(head) ?? findCountryOfDemonym(head)
        if (country) mention.prefixCountry = country
      }
      out.push(mention)
    }
  }
  return { mentions: out, demonyms: demonyms.filter((d) => !used.has(d.token)) }
}

function joinMentions(article: TaggedArticle, head: Mention, rest: Mention, country: Country): Mention {
  const start = (article.tokens[head.first] as { start: number }).start
  return {
    first: head.first,
    last: rest.last,
    start,
    end: rest.end,
    text: nameAt(article, start, rest.end),
    kind: rest.kind,
    prefixCountry: country,
  }
}

function toMention(
  article: TaggedArticle,
  first: number,
  last: number,
  type: string,
): Mention | 'demonym' | null {
  const start = (article.tokens[first] as { start: number }).start
  const end = (article.tokens[last - 1] as { end: number }).end
  const text = nameAt(article, start, end)
  const base = { first, last, start, end, text }
  if (type === 'MISC') {
    if (isBodyAcronym(article, first, last)) return { ...base, kind: 'organization' }
    return last - first === 1 && findCountryOfDemonym(text) ? 'demonym' : null
  }
  if (type !== 'PER' && isLawOrLabel(article, first, last)) return null
  if (type === 'PER') return { ...base, kind: 'person' }
  const country = findCountry(text)
  if (!country && isAdjectiveBeforeWord(article, first, last)) return null
  // A country's name tagged as an organization ("US" before a noun) is still the country.
  if (type === 'ORG' && !(country?.country && last - first <= 3)) {
    return { ...base, kind: isGroupName(article, first, last) ? 'group' : 'organization' }
  }
  if (country) return { ...base, kind: country.country ? 'country' : 'location', country }
  return { ...base, kind: 'location' }
}

// Last words of the names of laws and treaties, which are no actors ("Prevention of Terrorism Bill").
const LAW_HEADS = new Set([
  'Bill',
  'Act',
  'Treaty',
  'Accord',
  'Accords',
  'Agreement',
  'Amendment',
  'Directive',
])

/** "Asian countries", "European leaders": one word that is an adjective in -an, before a word in lower case. */
function isAdjectiveBeforeWord(article: TaggedArticle, first: number, last: number): boolean {
  if (last - first !== 1 || article.sentenceOf[last] !== article.sentenceOf[first]) return false
  const next = article.tokens[last]?.text ?? ''
  const word = (article.tokens[first] as { text: string }).text
  return /^\p{Lu}\p{Ll}+an$/u.test(word) && /^\p{Ll}/u.test(next) && commonTagOf(word) === 'J'
}

/** "Critics of America" first in a sentence: a plural common noun, "of", then a country's name. */
function isPeopleOfCountry(article: TaggedArticle, first: number, last: number): boolean {
  const sentenceStart = first === 0 || article.sentenceOf[first - 1] !== article.sentenceOf[first]
  if (!sentenceStart || last - first < 3 || article.tokens[first + 1]?.text !== 'of') return false
  const noun = (article.tokens[first] as { text: string }).text
  if (!noun.endsWith('s') || commonTagOf(noun) !== 'N') return false
  const start = (article.tokens[first + 2] as { start: number }).start
  const end = (article.tokens[last - 1] as { end: number }).end
  return findCountry(nameAt(article, start, end))?.country === true
}

/** Whether a name is a law or treaty, or a party-and-state label. */
function isLawOrLabel(article: TaggedArticle, first: number, last: number): boolean {
  const lastWord = (article.tokens[last - 1] as { text: string }).text
  if (last - first > 1 && LAW_HEADS.has(lastWord)) return true
  const text = nameAt(
    article,
    (article.tokens[first] as { start: number }).start,
    (article.tokens[last - 1] as { end: number }).end,
  )
  return isPartyStateTag(text)
}

function isGroupName(article: TaggedArticle, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    if (GROUP_WORD_SET.has((article.tokens[k] as { text: string }).text.toLowerCase())) return true
  }
  return false
}

/**
 * A name has a capitalized word, some Latin letters, a bounded length, and does not sit in a long capital run
 * (given `runs`, left out for lines in capitals).
 */
function isPlausibleName(
  article: TaggedArticle,
  first: number,
  last: number,
  runs: Int32Array | undefined,
): boolean {
  if (last - first > MAX_NAME_TOKENS) return false
  let capitalized = false
  for (let k = first; k < last; k++) {
    const word = (article.tokens[k] as { text: string }).text
    if (runs && (runs[k] as number) >= LONG_CAPITALIZED_RUN) return false
    if (isCapitalized(word) && /[A-Za-z\u00c0-\u024f]/.test(word)) capitalized = true
  }
  return capitalized
}

/** For each token, the length of the run of consecutive capitalized words it belongs to (0 if not capitalized). */
function capitalizedRuns(article: TaggedArticle): Int32Array {
  const { tokens } = article
  const runs = new Int32Array(tokens.length)
  let k = 0
  while (k < tokens.length) {
    if (!isCapitalized((tokens[k] as { text: string }).text)) {
      k++
      continue
    }
    let j = k + 1
    while (
      j < tokens.length &&
      article.sentenceOf[j] === article.sentenceOf[k] &&
      isCapitalized((tokens[j] as { text: string }).text)
    )
      j++
    runs.fill(j - k, k, j)
    k = j
  }
  return runs
}

// Mentions and kinds both ask; the answer is worked out once per article.
const capitalLinesOf = new WeakMap<TaggedArticle, readonly boolean[]>()

/** Whether each sentence is written in capitals (three or more words, most of them all caps). */
export function capitalLines(article: TaggedArticle): readonly boolean[] {
  let lines = capitalLinesOf.get(article)
  if (!lines) {
    lines = findCapitalLines(article)
    capitalLinesOf.set(article, lines)
  }
  return lines
}

function findCapitalLines(article: TaggedArticle): boolean[] {
  return article.sentences.map(({ first, last }) => {
    let lettered = 0
    let caps = 0
    for (let k = first; k < last; k++) {
      const casing = casingOf((article.tokens[k] as { text: string }).text)
      if (casing === NO_CASE) continue
      lettered++
      if (casing === ALL_CAPS) caps++
      // caps * 4 >= lettered * 3 is caps >= 3 × the words in lower case: stop once the words left cannot make it.
      else if (caps + (last - k - 1) < 3 * (lettered - caps)) return false
    }
    return lettered >= 3 && caps * 4 >= lettered * 3
  })
}

const NO_CASE = 0
const SOME_LOWER = 1
const ALL_CAPS = 2

/**
 * Whether a word has no cased letter, some lower-case one, or only capitals. An ASCII word is read by its code
 * units, making no strings (this runs over every token of an article); any other word by its cased forms.
 */
function casingOf(word: string): number {
  let lower = false
  let upper = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 0x80) return casingOfAny(word)
    if (code >= 0x61 && code <= 0x7a) lower = true
    else if (code >= 0x41 && code <= 0x5a) upper = true
  }
  return lower ? SOME_LOWER : upper ? ALL_CAPS : NO_CASE
}

function casingOfAny(word: string): number {
  if (word.toLowerCase() === word.toUpperCase()) return NO_CASE
  return isAllCaps(word) ? ALL_CAPS : SOME_LOWER
}

/**
 * In a line of capitals, keep only names that are countries or that the article also writes in lower case; those
 * that are a party's or a government's form take that kind there ("TORY MPs:" is the party the text calls "Tory",
 * no person).
 */
function confirmCapitalLines(
  article: TaggedArticle,
  mentions: Mention[],
  capsLine: readonly boolean[],
): Mention[] {
  const confirmed = new Map<string, Mention>()
  for (const m of mentions)
    if (!capsLine[article.sentenceOf[m.first] as number] && !confirmed.has(m.text.toLowerCase()))
      confirmed.set(m.text.toLowerCase(), m)
  return mentions.flatMap((m) => {
    if (!capsLine[article.sentenceOf[m.first] as number]) return [m]
    const written = confirmed.get(m.text.toLowerCase())
    if (written === undefined) return m.country !== undefined && m.text.length > 3 ? [m] : []
    // Teams and towns share names in sports tables ("DETROIT"): only a party's or government's form says the kind.
    const { kind, country, canonical } = written
    if (canonical === undefined) return [m]
    return [{ ...m, kind, canonical, ...(country ? { country } : {}) }]
  })
}

interface GroupLexicon {
  byFirst: Map<string, string[][]>
}

function groupLexicon(): GroupLexicon {
  const byFirst = new Map<string, string[][]>()
  for (const name of GROUP_NAMES) {
    const words = name.split(' ')
    const list = byFirst.get(words[0] as string) ?? []
    list.push(words)
    byFirst.set(words[0] as string, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  return { byFirst }
}

/** Finds well-known armed groups by name, whatever the tagger said ("the Taliban" is MISC in some corpora). */
function matchGroups(article: TaggedArticle): Mention[] {
  const { tokens } = article
  const found: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const candidates = GROUPS.byFirst.get((tokens[i] as { text: string }).text)
    if (!candidates) continue
    const words = candidates.find((w) => w.every((word, k) => tokens[i + k]?.text === word))
    if (!words) continue
    const last = i + words.length
    const start = (tokens[i] as { start: number }).start
    const end = (tokens[last - 1] as { end: number }).end
    found.push({ first: i, last, start, end, text: nameAt(article, start, end), kind: 'group' })
    i = last - 1
  }
  return found
}
