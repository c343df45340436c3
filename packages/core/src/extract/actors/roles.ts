import { MONTH_NAMES, WEEKDAY_NAMES } from '../../data/actors/dates.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import {
  GENDERED_HEADS,
  HONORIFICS,
  ROLE_COMPLEMENTS,
  ROLE_HEAD_SET,
  ROLE_MODIFIERS,
} from '../../data/actors/roles.ts'
import { isCommonWord } from './common-words.ts'
import type { Country } from './countries.ts'
import { findCountry, findCountryOfDemonym } from './countries.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isAllCaps, isCapitalized } from './tagger/word-shape.ts'

/** Whom a role belongs to: a country ("Russian", "US") or a named organization ("State Department"). */
export type Affiliation = { readonly country: Country } | { readonly mention: Mention }

/** A title or office in the text, tokens [first, last): "Deputy Foreign Minister", "the minister". */
export interface RolePhrase {
  first: number
  last: number
  /** The title as written. */
  text: string
  /** Its last head word, lower case: "minister". */
  head: string
  /** The country or organization written just before it, and where that modifier starts. */
  affiliation?: Affiliation
  affiliationFirst?: number
}

/** A person's role and affiliation, and the gender its honorific or title tells ("Mrs.", "spokeswoman"). */
export interface PersonTitle {
  role?: RolePhrase
  affiliation?: Affiliation
  gender?: 'male' | 'female'
}

/** The roles of an article: per person mention, and the titles that stand alone ("the minister"). */
export interface ArticleRoles {
  persons: Map<Mention, PersonTitle>
  /** Role phrases with no name after them, for title references. */
  standalone: RolePhrase[]
}

const ORGANIZATION_HEAD_SET = new Set(ORGANIZATION_HEADS)
const MODIFIERS = new Set(ROLE_MODIFIERS)
const COMPLEMENTS = new Set(ROLE_COMPLEMENTS)
const MAX_NAME_AFTER_ROLE = 4
const NOT_NAMES = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...'The A An He She It They We I On In At'.split(' '),
])

/**
 * Reads titles around names: "Russian Deputy Foreign Minister Sergei Ryabkov" (role and affiliation before),
 * "Secretary of Defense Austin" (a capitalized word after a title is a person, whatever the tagger said),
 * "Ryabkov, Russia's deputy foreign minister," (an appositive after). Updates `found.mentions` in place.
 */
export function readRoles(article: TaggedArticle, found: ArticleMentions): ArticleRoles {
  const phrases = trimNamesFromTitles(article, found.mentions, findRolePhrases(article))
  dropNamesInsideTitles(article, found, phrases)
  const persons = new Map<Mention, PersonTitle>()
  const standalone: RolePhrase[] = []
  const index = indexMentions(found.mentions)
  for (const phrase of phrases) {
    attachAffiliation(article, index, phrase)
    const person = personAfter(article, index, phrase)
    if (person) {
      const title = persons.get(person) ?? {}
      title.role ??= phrase
      if (phrase.affiliation) title.affiliation ??= phrase.affiliation
      persons.set(person, title)
    } else if (!insideName(index, phrase)) {
      standalone.push(phrase)
    }
  }
  found.mentions = [...index.byFirst.values()].sort((a, b) => a.first - b.first)
  const byAffiliationStart = new Map(phrases.map((p) => [p.affiliationFirst ?? p.first, p]))
  for (const mention of found.mentions) {
    if (mention.kind !== 'person') continue
    const title = persons.get(mention) ?? {}
    const honorific = HONORIFICS[article.tokens[mention.first - 1]?.text.toLowerCase() ?? '']
    if (honorific === 'male' || honorific === 'female') title.gender = honorific
    if (!title.role) readAppositive(article, mention, byAffiliationStart, title)
    // "spokeswoman Jen Psaki", "Queen Elizabeth": the title tells the gender when no honorific did.
    const titled = title.role ? GENDERED_HEADS[title.role.head] : undefined
    if (titled) title.gender ??= titled
    if (title.role || title.gender) persons.set(mention, title)
  }
  return { persons, standalone }
}

function isRoleWord(words: ReadonlySet<string>, text: string): boolean {
  return words.has(text.toLowerCase())
}

/** Finds every title: a run of role words ending in a head, with an "of …" complement ("Secretary of State"). */
function findRolePhrases(article: TaggedArticle): RolePhrase[] {
  const { tokens } = article
  const phrases: RolePhrase[] = []
  let i = 0
  while (i < tokens.length) {
    // Each token's text lowered once: this runs over every token of the article.
    const lower = (tokens[i] as { text: string }).text.toLowerCase()
    // "under" opens a title only as "Under Secretary"; otherwise it is the preposition ("under President X").
    const preposition = lower === 'under' && tokens[i + 1]?.text.toLowerCase() !== 'secretary'
    if ((!ROLE_HEAD_SET.has(lower) && !MODIFIERS.has(lower)) || preposition) {
      i++
      continue
    }
    let j = i
    let lastHead = -1
    while (j < tokens.length && article.sentenceOf[j] === article.sentenceOf[i]) {
      const text = (tokens[j] as { text: string }).text
      if (isRoleWord(ROLE_HEAD_SET, text)) lastHead = j
      else if (!isRoleWord(MODIFIERS, text)) break
      j++
    }
    if (lastHead < 0) {
      i = j
      continue
    }
    let last = lastHead + 1
    // "Secretary of Defense", "Minister of Foreign Affairs": capitalized complement words after "of".
    if (tokens[last]?.text === 'of' && isCapitalized((tokens[i] as { text: string }).text)) {
      let k = last + 1
      while (
        k < tokens.length &&
        k < last + 5 &&
        isRoleWord(COMPLEMENTS, (tokens[k] as { text: string }).text)
      ) {
        if (
          !isCapitalized((tokens[k] as { text: string }).text) &&
          tokens[k]?.text !== 'the' &&
          tokens[k]?.text !== 'and'
        )
          break
        k++
      }
      while (k > last + 1 && !isCapitalized((tokens[k - 1] as { text: string }).text)) k--
      if (k > last + 1) last = k
    }
    const start = (tokens[i] as { start: number }).start
    const end = (tokens[last - 1] as { end: number }).end
    const head = (tokens[lastHead] as { text: string }).text.toLowerCase()
    phrases.push({ first: i, last, text: nameAt(article, start, end), head })
    i = Math.max(last, j)
  }
  return phrases
}

/**
 * A party or a seat of government inside a title is its affiliation, not a name: "Labour leader", "Liberal
 * Democrat leader", "White House press secretary" keep "leader" and "press secretary" as the role; inside one
 * ("Former Labour leader") the title stays whole and the party is still its affiliation.
 */
function trimNamesFromTitles(
  article: TaggedArticle,
  mentions: readonly Mention[],
  phrases: RolePhrase[],
): RolePhrase[] {
  const known = new Map<number, Mention>()
  for (const m of mentions) if (m.canonical) known.set(m.first, m)
  if (known.size === 0) return phrases
  for (const phrase of phrases) {
    for (let k = phrase.first; k < phrase.last; k++) {
      const mention = known.get(k)
      if (!mention || mention.last >= phrase.last) continue
      phrase.affiliation = mention.country ? { country: mention.country } : { mention }
      if (k > phrase.first) break
      phrase.first = mention.last
      const start = (article.tokens[phrase.first] as { start: number }).start
      const end = (article.tokens[phrase.last - 1] as { end: number }).end
      phrase.text = nameAt(article, start, end)
      break
    }
  }
  return phrases
}

/** Mentions by their first and last token, so that looking one up is not a scan. */
interface MentionIndex {
  byFirst: Map<number, Mention>
  byEnd: Map<number, Mention>
}

function indexMentions(mentions: readonly Mention[]): MentionIndex {
  return {
    byFirst: new Map(mentions.map((m) => [m.first, m])),
    byEnd: new Map(mentions.map((m) => [m.last, m])),
  }
}

/** The country or organization just before a title: "Russian", "US", "Russia's", "State Department". */
function attachAffiliation(article: TaggedArticle, index: MentionIndex, phrase: RolePhrase): void {
  let k = phrase.first - 1
  if (article.tokens[k]?.text === "'s") k--
  if (k < 0 || article.sentenceOf[k] !== article.sentenceOf[phrase.first]) return
  const word = (article.tokens[k] as { text: string }).text
  const mention = index.byEnd.get(k + 1)
  // A demonym, or a country's name the tagger left out ("The US Secretary of Defense" first in a sentence).
  const named = mention || !isCapitalized(word) ? undefined : findCountry(word)
  const country = isCapitalized(word) ? (findCountryOfDemonym(word) ?? named) : undefined
  if (country) {
    phrase.affiliation = { country }
    phrase.affiliationFirst = k
    keepPastBeforeAffiliation(article, phrase)
    return
  }
  if (mention && mention.kind !== 'person' && mention.kind !== 'location') {
    phrase.affiliation = mention.country ? { country: mention.country } : { mention }
    phrase.affiliationFirst = mention.first
  }
  keepPastBeforeAffiliation(article, phrase)
}

// Words that date an office as past when they stand before its party or country: "former", "ex-" ("ex-Tory").
const PAST = /^(?:former|ex)(?:-|$)/i

/**
 * "Former Tory chancellor", "ex-Labour minister": the title stays whole with the word that dates it, so that the role
 * says the office is past (the party is still its affiliation). Without this the title would begin at its noun, and
 * the former chancellor would read as the chancellor.
 */
function keepPastBeforeAffiliation(article: TaggedArticle, phrase: RolePhrase): void {
  const before = (phrase.affiliationFirst ?? phrase.first) - 1
  const word = article.tokens[before]?.text
  if (
    word === undefined ||
    !PAST.test(word) ||
    article.sentenceOf[before] !== article.sentenceOf[phrase.first]
  )
    return
  // "ex-Tory chancellor" written as one word: the party is inside it.
  if (phrase.affiliationFirst === undefined && !/^[Ee]x-\p{Lu}/u.test(word)) return
  phrase.first = before
  const start = (article.tokens[before] as { start: number }).start
  const end = (article.tokens[phrase.last - 1] as { end: number }).end
  phrase.text = nameAt(article, start, end)
}

/** The person named right after a title: the tagger's person there, or after a capitalized title a short run of capitalized words. */
function personAfter(article: TaggedArticle, index: MentionIndex, phrase: RolePhrase): Mention | null {
  const { tokens } = article
  const at = phrase.last
  const token = tokens[at]
  if (!token || article.sentenceOf[at] !== article.sentenceOf[at - 1]) return null
  const existing = index.byFirst.get(at)
  if (existing?.kind === 'person') return existing
  // Only a capitalized title makes a person of what follows: "the official Xinhua agency" must not.
  // Nor does a title in capitals: "MINISTER SAID THE NEW TAX…" is a headline, not a name.
  const titleWord = (tokens[phrase.first] as { text: string }).text
  if ((existing && existing.kind !== 'location') || !isCapitalized(titleWord) || isAllCaps(titleWord))
    return null
  if (isTitleOpeningName(article, index, phrase)) return null
  let end = at
  while (
    end < tokens.length &&
    end < at + MAX_NAME_AFTER_ROLE &&
    article.sentenceOf[end] === article.sentenceOf[at]
  ) {
    const text = (tokens[end] as { text: string }).text
    if (
      !isCapitalized(text) ||
      NOT_NAMES.has(text) ||
      isRoleWord(ROLE_HEAD_SET, text) ||
      findCountryOfDemonym(text)
    )
      break
    end++
  }
  // Common words alone name nobody: "the Executive Committee", "Convenor of the Conference".
  if (end === at || tokens.slice(at, end).every((t) => isCommonWord(t.text))) return null
  const start = token.start
  const stop = (tokens[end - 1] as { end: number }).end
  const person: Mention = {
    first: at,
    last: end,
    start,
    end: stop,
    text: nameAt(article, start, stop),
    kind: 'person',
  }
  // Mentions starting in the title or the name lose to the name ("Defense Austin" tagged as one organization).
  for (let k = phrase.first; k < end; k++) {
    const covered = index.byFirst.get(k)
    if (!covered) continue
    index.byFirst.delete(k)
    if (index.byEnd.get(covered.last) === covered) index.byEnd.delete(covered.last)
  }
  index.byFirst.set(at, person)
  index.byEnd.set(end, person)
  return person
}

/**
 * "General Motors", "Premier League", "Drama Queen Productions": an organization the tagger found holds a one-word
 * title (as its first word or further in) and goes on past it in common words, their plurals or an organization's
 * head noun, so the title is a word of the name and no person follows it.
 */
function isTitleOpeningName(article: TaggedArticle, index: MentionIndex, phrase: RolePhrase): boolean {
  if (phrase.last - phrase.first !== 1) return false
  const name = nameAround(index, phrase.first)
  if (!name || name.kind === 'person' || name.last <= phrase.last) return false
  for (let k = phrase.last; k < name.last; k++) {
    const word = (article.tokens[k] as { text: string }).text
    const plural = word.endsWith('s') && isCommonWord(word.slice(0, -1))
    if (!isCommonWord(word) && !plural && !ORGANIZATION_HEAD_SET.has(word.toLowerCase())) return false
  }
  return true
}

/** "Defense" in "Secretary of Defense" and "Chief of Defence Staff" as a whole are titles, not names. */
function dropNamesInsideTitles(
  article: TaggedArticle,
  found: ArticleMentions,
  phrases: readonly RolePhrase[],
): void {
  const inTitle = new Uint8Array(article.tokens.length)
  for (const p of phrases) if (/^[A-Z]/.test(p.text)) inTitle.fill(1, p.first, p.last)
  const kept: Mention[] = []
  for (const m of found.mentions) {
    const named = m.kind === 'group' || m.canonical !== undefined
    if (named || !inTitle.subarray(m.first, m.last).every((x) => x === 1)) {
      // "US Secretary of Defense" joined as an organization: the title goes, "US" stays a country.
      const country = m.prefixCountry
      if (
        country &&
        m.last - m.first > 1 &&
        inTitle[m.first] === 0 &&
        inTitle.subarray(m.first + 1, m.last).every((x) => x === 1)
      ) {
        const token = article.tokens[m.first] as { start: number; end: number }
        const text = nameAt(article, token.start, token.end)
        if (findCountry(text))
          kept.push({
            first: m.first,
            last: m.first + 1,
            start: token.start,
            end: token.end,
            text,
            kind: 'country',
            country,
          })
        continue
      }
      kept.push(m)
    }
  }
  found.mentions = kept
}

/** Whether a title is part of a name already found ("Prime Minister's Office" tagged as one organization). */
function insideName(index: MentionIndex, phrase: RolePhrase): boolean {
  const mention = nameAround(index, phrase.first)
  return mention !== undefined && mention.last >= phrase.last
}

/** The nearest name found that starts at a token or up to seven before it, if it reaches that token. */
function nameAround(index: MentionIndex, at: number): Mention | undefined {
  for (let k = at; k >= 0 && k > at - 8; k--) {
    const mention = index.byFirst.get(k)
    if (mention) return mention.last > at ? mention : undefined
  }
  return undefined
}

/** "Ryabkov, Russia's deputy foreign minister, said": a title in an appositive right after the name. */
function readAppositive(
  article: TaggedArticle,
  person: Mention,
  byAffiliationStart: ReadonlyMap<number, RolePhrase>,
  title: PersonTitle,
): void {
  if (article.tokens[person.last]?.text !== ',') return
  let k = person.last + 1
  const determiner = article.tokens[k]?.text.toLowerCase()
  if (determiner === 'the' || determiner === 'a' || determiner === 'an') k++
  const phrase = byAffiliationStart.get(k)
  if (!phrase || article.sentenceOf[phrase.first] !== article.sentenceOf[person.first]) return
  title.role = phrase
  if (phrase.affiliation) title.affiliation = phrase.affiliation
}
