import { GROUP_WORDS } from '../../data/actors/groups.ts'
import { PLACE_QUALIFIERS } from '../../data/actors/places.ts'
import { HONORIFICS, POST_NOMINALS, ROLE_HEADS, ROLE_MODIFIERS } from '../../data/actors/roles.ts'
import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { boundedMemo } from '../../parse/bounded-memo.ts'
import { givenNameGender } from '../given-names.ts'
import { isCommonWord } from './common-words.ts'
import { findCountryOfDemonym } from './countries.ts'
import { isBodyHead } from './headed-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isAllCaps, isCapitalized } from './tagger/word-shape.ts'

// Honorifics that go with a given name rather than a surname ("Sir Alan" is Sir Alan Budd).
const GIVEN_NAME_HONORIFICS = new Set(['sir', 'dame'])
const POST_NOMINAL_SET = new Set(POST_NOMINALS)
// Suffixes that tell a son from his father ("Donald Trump Jr."): part of the name, not of its surname.
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])
const GROUP_WORD_SET = new Set(GROUP_WORDS)
const ROLE_WORDS = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS])
// A word in capitals then lower-case letters only: "Valve", "Beckham", not "McCain" nor "BBC".
export const PLAIN_CAPITALIZED = /^\p{Lu}\p{Ll}+$/u
// An initial in a name: "L Moody", "G. Easterby".
const INITIAL = /^\p{Lu}\.?$/u
// A name with "North" or "Greater" in it is a place's ("Southampton North"), even when the tagger made it a person.
const QUALIFIERS = new Set(PLACE_QUALIFIERS)

/**
 * One person, one kind: every other form of a person's name that the article writes ("Blair", "Mr Clarke",
 * "Lord Kinnock", "Trump's", "a Trump supporter", "Sir Alan") is a person mention, whatever the tagger made of
 * it, and a surname the tagger left untagged becomes one. Works from the full names of the article (two words
 * or more); countries and parties keep their kind. Changes `found.mentions` in place.
 * @example joinNameForms(article, found) // "Blair" tagged as an organization becomes a person mention
 */
export function joinNameForms(article: TaggedArticle, found: ArticleMentions): void {
  for (const mention of found.mentions) {
    if (!isRekindable(mention) || !hasHonorific(article, mention)) continue
    mention.kind = 'person'
    // "Ms Abbott" with "Abbott" tagged alone: the honorific before it is part of the name as written.
    if (HONORIFICS[mention.text.split(' ')[0]?.toLowerCase() ?? ''] === undefined)
      widenToHonorific(article, found.mentions, mention)
  }
  nameSpeakersInFull(article, found.mentions)
  const { surnames, fullNames } = nameParts(found.mentions)
  dropPlaceSurnames(found.mentions, surnames)
  if (surnames.size === 0) return
  for (const mention of found.mentions) {
    if (!isRekindable(mention)) continue
    const words = nameWords(mention.text)
    const key = words.join(' ')
    if (fullNames.has(key) || (words.length === 1 && surnames.has(key)) || isRelativeName(words, surnames))
      mention.kind = 'person'
  }
  addUntaggedSurnames(article, found, surnames)
}

/** Countries and parties keep their kind even when a person bears their name. */
function isRekindable(mention: Mention): boolean {
  return mention.kind !== 'person' && mention.country === undefined && mention.canonical === undefined
}

/**
 * A "surname" that the article mostly writes as something else, alone or ending a longer name, is a headline's
 * run of names or a place's name, not a person's ("Lebed Chechnya peace plan" then "Chechnya" seven times as a
 * place; "Mid Bedfordshire" tagged as a person beside "North East Bedfordshire"): it joins nobody.
 */
function dropPlaceSurnames(mentions: readonly Mention[], surnames: Set<string>): void {
  const votes = new Map<string, number>()
  for (const m of mentions) {
    const surname = surnameOf(nameWords(m.text))
    if (surname === undefined || !surnames.has(surname)) continue
    votes.set(surname, (votes.get(surname) ?? 0) + (m.kind === 'person' ? 1 : -1))
  }
  for (const [surname, vote] of votes) if (vote < 0) surnames.delete(surname)
}

/**
 * Whether tokens [first, last) read as a person's name: two or three capitalized words (not in capitals), not
 * all of them common words, none a word of a group's name ("Stephen Pound" yes, "Policy Unit" no).
 */
export function looksLikePersonName(article: TaggedArticle, first: number, last: number): boolean {
  if (last - first < 2 || last - first > 3) return false
  let named = false
  for (let k = first; k < last; k++) {
    const word = (article.tokens[k] as { text: string }).text
    if (!isCapitalized(word) || isAllCaps(word) || GROUP_WORD_SET.has(word.toLowerCase())) return false
    if (!isCommonWord(word)) named = true
  }
  return named
}

/** "Mr Clarke", "Lord Kinnock of Bedwellty", "Ms Truss": an honorific before or opening the name makes a person. */
function hasHonorific(article: TaggedArticle, mention: Mention): boolean {
  const words = mention.text.split(' ')
  const opening = words[0] as string
  const before = article.tokens[mention.first - 1]?.text ?? ''
  const inside = HONORIFICS[opening.toLowerCase()] !== undefined
  const honorific = inside ? opening : before
  // Most mentions have none: asked first, it spares reading the rest of the name.
  if (!inside && HONORIFICS[honorific.toLowerCase()] === undefined) return false
  // The honorific needs a name after it, all capitalized words: "Lord's" (the ground) and "Professor of
  // Communication" (a chair) are no people.
  const rest = words.slice(inside ? 1 : 0)
  // Nor is a body's name after a title: "Lord Chancellor's Department".
  const named =
    rest.length > 0 &&
    rest.every((w) => isCapitalized(w) && /\p{L}/u.test(w)) &&
    !isBodyHead(rest.at(-1) as string)
  return named && HONORIFICS[honorific.toLowerCase()] !== undefined && isCapitalized(honorific)
}

/** Makes a mention start at the honorific just before it, unless another mention holds that word. */
function widenToHonorific(article: TaggedArticle, mentions: readonly Mention[], mention: Mention): void {
  const before = mention.first - 1
  if (before < 0 || article.sentenceOf[before] !== article.sentenceOf[mention.first]) return
  if (mentions.some((m) => m.first <= before && before < m.last)) return
  mention.first = before
  mention.start = (article.tokens[before] as { start: number }).start
  mention.text = nameAt(article, mention.start, mention.end)
}

/**
 * "Rio Branford", "MP Oona King", "American Taylor Dent" tagged as organizations or places while the surname alone
 * speaks or takes an honorific ("said Branford", "Ms King"): the full name is that person's, without the title or
 * demonym before it. A surname the tagger took for a person only where it stands alone ("Welde was second" after
 * "Tarik Welde won") names the same person when the full name opens with a common given name, or with a word no
 * body's or place's name in the tagger's data opens ("Aston Villa" and "Sun Microsystems" stay bodies).
 */
function nameSpeakersInFull(article: TaggedArticle, mentions: readonly Mention[]): void {
  const speakers = new Set<string>()
  // Surnames the tagger took for a person, each with whether a personal pronoun follows it somewhere; a
  // sentence's first word may be any capitalized word ("Awards were given") and needs its own pronoun.
  const bearers = new Map<string, boolean>()
  for (const m of mentions) {
    const words = nameWords(m.text)
    if (m.kind !== 'person' || words.length !== 1) continue
    const word = words[0] as string
    if (m.speaks || hasHonorific(article, m)) speakers.add(word)
    const pronoun = isFollowedByPersonalPronoun(article, m)
    if (opensSentence(article, m.first) && !pronoun) continue
    bearers.set(word, bearers.get(word) === true || pronoun)
  }
  for (const word of speakers) bearers.set(word, bearers.get(word) === true)
  if (bearers.size === 0) return
  const { tokens } = article
  for (const m of mentions) {
    if (m.kind === 'person' || m.kind === 'group' || m.canonical !== undefined || m.country !== undefined)
      continue
    let first = m.first
    while (first < m.last - 2) {
      const word = (tokens[first] as { text: string }).text
      if (!ROLE_WORDS.has(word.toLowerCase()) && !findCountryOfDemonym(word)) break
      first++
    }
    const words = tokens.slice(first, m.last).map((t) => t.text)
    const surname = words.at(-1) as string
    if (words.length < 2 || words.length > 3 || !bearers.has(surname)) continue
    const named = words.every(
      (w) => INITIAL.test(w) || (isCapitalized(w) && !isAllCaps(w) && !isCommonWord(w)),
    )
    // Without a surname that speaks, the full name must read as a person's and a pronoun follow one of them.
    const pronoun = bearers.get(surname) === true || isFollowedByPersonalPronoun(article, m)
    if (!named || (!speakers.has(surname) && !(pronoun && opensPersonName(words[0] as string)))) continue
    m.kind = 'person'
    if (first === m.first) continue
    m.first = first
    m.start = (tokens[first] as { start: number }).start
    m.text = nameAt(article, m.start, m.end)
  }
}

// Pronouns only a person takes: "Welde was second, his best run", not "it" nor "they".
const PERSONAL_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself'])

/** Whether a token is a sentence's first. */
function opensSentence(article: TaggedArticle, k: number): boolean {
  return k === 0 || article.sentenceOf[k - 1] !== article.sentenceOf[k]
}

/** Whether "he", "his", "she" or "her" follows a name in its sentence or opens the next one. */
export function isFollowedByPersonalPronoun(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[m.first] as number
  for (let k = m.last; k < tokens.length; k++) {
    const next = (sentenceOf[k] as number) > sentence
    if (
      next &&
      ((sentenceOf[k] as number) > sentence + 1 || k - (article.sentences[sentence + 1]?.first ?? k) >= 3)
    )
      return false
    if (PERSONAL_PRONOUNS.has((tokens[k] as { text: string }).text.toLowerCase())) return true
  }
  return false
}

let bodyOpeners: Set<string> | null = null

/**
 * Whether a name's first word opens a person's name: a common given name or an initial, or a word that opens no
 * organization's or place's name of several words in the tagger's training data ("Aston", "Morgan", "Crystal" do).
 */
function opensPersonName(word: string): boolean {
  if (givenNameGender(word) !== undefined || INITIAL.test(word)) return true
  if (bodyOpeners === null) {
    const types = seen as Record<string, readonly string[]>
    bodyOpeners = new Set(
      [...(types.ORG ?? []), ...(types.LOC ?? [])]
        .map((name) => name.split(' '))
        .filter((words) => words.length > 1)
        .map((words) => words[0] as string),
    )
  }
  return !bodyOpeners.has(word)
}

/** "Melania Trump" beside "Donald Trump": a short name of capitalized words, none common, ending in a surname. */
function isRelativeName(words: readonly string[], surnames: ReadonlySet<string>): boolean {
  const surname = surnameOf(words)
  if (words.length < 2 || words.length > 3 || surname === undefined || !surnames.has(surname)) return false
  return words.every((w) => isCapitalized(w) && !isAllCaps(w) && !isCommonWord(w) && !QUALIFIERS.has(w))
}

/** Surnames and full names (words joined by a space) of the people the article names in full. */
function nameParts(mentions: readonly Mention[]): { surnames: Set<string>; fullNames: Set<string> } {
  const surnames = new Set<string>()
  const fullNames = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person') continue
    const words = nameWords(m.text)
    if (words.length < 2 || words.some((w) => QUALIFIERS.has(w))) continue
    fullNames.add(words.join(' '))
    const surname = surnameOf(words)
    if (surname !== undefined) surnames.add(surname)
  }
  return { surnames, fullNames }
}

/**
 * A surname of the article's people written where the tagger found no name ("a Trump supporter", "Blair's
 * plan"): a person mention, with the honorific before it ("Mr Clarke"). A sentence's first word needs more than
 * its capital: a possessive or honorific, or not being a common word ("Brown rice" stays unnamed).
 */
function addUntaggedSurnames(
  article: TaggedArticle,
  found: ArticleMentions,
  surnames: ReadonlySet<string>,
): void {
  const { tokens } = article
  const covered = new Uint8Array(tokens.length)
  for (const m of found.mentions) covered.fill(1, m.first, m.last)
  const added: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text
    if (covered[i] === 1 || !surnames.has(word) || !isCapitalized(word) || isAllCaps(word)) continue
    const previous = tokens[i - 1]?.text ?? ''
    const honorific = HONORIFICS[previous.toLowerCase()] !== undefined && covered[i - 1] === 0
    const first = honorific ? i - 1 : i
    const sentenceStart = first === 0 || article.sentenceOf[first - 1] !== article.sentenceOf[first]
    if (sentenceStart && !honorific && tokens[i + 1]?.text !== "'s" && isCommonWord(word)) continue
    // Beside another capitalized word it may be part of another name, unless that word is a sentence's
    // first and a common one ("A Trump supporter").
    const previousOpens =
      i - 1 === 0 || article.sentenceOf[i - 2] !== article.sentenceOf[i - 1] ? isCommonWord(previous) : false
    if (!honorific && isCapitalized(previous) && covered[i - 1] === 0 && !sentenceStart && !previousOpens)
      continue
    const start = (tokens[first] as { start: number }).start
    const end = (tokens[i] as { end: number }).end
    added.push({ first, last: i + 1, start, end, text: nameAt(article, start, end), kind: 'person' })
  }
  if (added.length === 0) return
  found.mentions = [...found.mentions, ...added].sort((a, b) => a.first - b.first)
}

/**
 * The words of a person's name without courtesy titles, a peer's territorial designation, letters after the
 * name or a possessive: "Mr. Putin's" → ["Putin"], "Lord Kinnock of Bedwellty" → ["Kinnock"], "Neil Ford QC" →
 * ["Neil", "Ford"]. A generation stays: "Donald Trump Jr." is his father's name and one word more, so that
 * the two are two people.
 */
export function nameWords(text: string): readonly string[] {
  return nameWordsOf(text)
}

// nameWords by mention text: every stage asks again for the same names (each mention many times). Bounded, so that
// memory stays flat on any input; the lists are frozen, since they are shared.
const MOST_NAMES = 20_000
const nameWordsOf = boundedMemo(MOST_NAMES, (text: string) => Object.freeze(readNameWords(text)))

function readNameWords(text: string): string[] {
  const all = text.split(/\s+/).filter((w) => w !== '')
  let first = 0
  // Honorifics open a name ("Mr", "Lord", "Baroness"); at its end they are the name ("John Baron").
  while (first < all.length - 1 && HONORIFICS[(all[first] as string).toLowerCase()] !== undefined) first++
  const words = all.slice(first)
  const of = words.indexOf('of')
  if (of > 0 && first > 0) words.length = of
  const last = words.at(-1)
  if (last?.endsWith("'s")) words[words.length - 1] = last.slice(0, -2)
  while (words.length > 1) {
    const suffix = (words.at(-1) as string).toLowerCase()
    if (!POST_NOMINAL_SET.has(suffix) || GENERATIONS.has(suffix)) break
    words.pop()
  }
  return words.length > 0 ? words : [text]
}

/**
 * The surname of a person's name words: the last word before a generation ("Donald Trump Jr." → "Trump"), none
 * for one word with a generation ("Donald Jr.", "Trump Jr."), which may be a given name or a surname (see
 * `wordBeforeGeneration`).
 * @example surnameOf(['Donald', 'Trump', 'Jr.']) // 'Trump'
 */
export function surnameOf(words: readonly string[]): string | undefined {
  let end = words.length
  while (end > 1 && GENERATIONS.has((words[end - 1] as string).toLowerCase())) end--
  return end >= 2 || (end === 1 && words.length === 1) ? words[end - 1] : undefined
}

/** Whether a mention is a given name after "Sir" or "Dame" ("Sir Alan"), which names a person by given name. */
export function isGivenNameForm(article: TaggedArticle, mention: Mention): boolean {
  const inside = mention.text.split(' ')
  const before = article.tokens[mention.first - 1]?.text ?? ''
  const honorific = inside.length > 1 ? (inside[0] as string) : before
  return GIVEN_NAME_HONORIFICS.has(honorific.toLowerCase())
}

/**
 * The generation a person's name words end with, in lower case without its dot ("Jr." → "jr"), or '' for none.
 * @example generationOf(['Donald', 'Trump', 'Jr.']) // 'jr'
 */
export function generationOf(words: readonly string[]): string {
  const last = words.at(-1)?.toLowerCase()
  return words.length > 1 && last !== undefined && GENERATIONS.has(last) ? last.replace(/\.$/, '') : ''
}

/**
 * The word of a name that is one word and a generation ("Koller Jr." → "Koller", "Donald Jr." → "Donald"): a
 * surname or a given name, which only the article's full names tell; undefined for any other name.
 * @example wordBeforeGeneration(['Koller', 'Jr.']) // 'Koller'
 */
export function wordBeforeGeneration(words: readonly string[]): string | undefined {
  return words.length === 2 && generationOf(words) !== '' ? words[0] : undefined
}
