import { HONORIFICS } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameWords } from './name-forms.ts'
import type { TaggedArticle } from './tag-article.ts'

// What only a business has, after its possessive: "Vexco's chief executive", "Vexco's shares", "Vexco's
// biggest shareholder", "Vexco's parent company". No person or place has shareholders, profits or a board.
const BUSINESS_NOUNS = new Set(
  (
    'shares shareholder shareholders profit profits pre-tax revenue revenues turnover earnings board ' +
    'boardroom subsidiary subsidiaries headquarters brands factories factory stores chairman chairwoman ' +
    'executives founder co-founder customers employees workforce operations plant products'
  ).split(' '),
)
// Two-word posts and nouns of a business: "Vexco's chief executive", "Vexco's managing director".
const BUSINESS_PAIRS = new Set([
  'chief executive',
  'chief operating',
  'chief financial',
  'managing director',
  'finance director',
  'parent company',
  'share price',
  'market share',
])
const POSSESSIVES = new Set(["'s", '’s'])
// A business's posts, written between its name and its holder's: "Vexco chief executive Ann Pell", "Vexco founder
// Ann Pell". No person has a chief executive or a founder ("Pell spokesman Ivo Lant" could be a person's).
const POSTS = new Set(['founder', 'co-founder', 'chairman', 'chairwoman', 'owner', 'boss'])
const TWO_WORD_POSTS = new Set([
  'chief executive',
  'managing director',
  'finance director',
  'chief operating',
])

/**
 * A business by what it owns: a name the tagger took for a person or a place that the article gives a chief
 * executive, shareholders, profits, a board or a founder through its possessive ("Vexco's chief executive Ann Pell",
 * "Vexco's shares fell") or before a post and its holder ("Vexco founder Ann Pell", "Vexco boss Ann Pell"), or a
 * person's name after "shares in" or "a stake in" ("Shares in Vexco rose"), is an
 * organization in every mention, unless the article names a person with it in full
 * or after an honorific ("Roy Vexco", "Mr Vexco") or its name opens with a common given name. Countries, parties and groups keep their kind. Changes
 * `found.mentions` in place.
 * @example // "Vexco's shares fell. Vexco said sales were weak." → organization "Vexco"
 */
export function settleBusinessOwners(article: TaggedArticle, found: ArticleMentions): void {
  const owners = ownerNames(article)
  for (const name of postNames(article, found.mentions)) owners.add(name)
  const listed = listedNames(article)
  if (owners.size === 0 && listed.size === 0) return
  for (const word of personWords(article, found.mentions)) {
    owners.delete(word)
    listed.delete(word)
  }
  // "Shares in London fell": a place after "shares in" is a market; a name the tagger also took for a person's or a
  // body's elsewhere is a business's, in every mention.
  const personal = new Set(
    found.mentions
      .filter((m) => m.kind === 'person' || m.kind === 'organization')
      .map((m) => nameWords(m.text).join(' ')),
  )
  for (const m of found.mentions) {
    if (!isRekindable(m)) continue
    const name = nameWords(m.text).join(' ')
    if (owners.has(name) || (personal.has(name) && listed.has(name))) {
      m.kind = 'organization'
      delete m.speaks
    }
  }
}

// Nouns of a holding in a business, before "in" and its name: "shares in Vexco", "a 20% stake in Vexco".
const HOLDINGS = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholders'])

/**
 * The names written after a holding's noun and "in": one to three capitalized words ("Shares in Vexco rose",
 * "a stake in Standard Vexco"), and the shorter names they open ("Standard").
 */
function listedNames(article: TaggedArticle): Set<string> {
  const { tokens, sentenceOf } = article
  const names = new Set<string>()
  for (let k = 2; k < tokens.length; k++) {
    const word = (tokens[k - 1] as { text: string }).text
    if (word !== 'in' || !HOLDINGS.has((tokens[k - 2] as { text: string }).text.toLowerCase())) continue
    let last = k
    while (
      last < tokens.length &&
      last - k < 3 &&
      sentenceOf[last] === sentenceOf[k] &&
      /^\p{Lu}/u.test((tokens[last] as { text: string }).text)
    )
      last++
    for (let end = k + 1; end <= last; end++) names.add(wordsOf(tokens, k, end))
  }
  return names
}

/** The text of tokens from..end (end excluded), one space between. */
function wordsOf(tokens: readonly { text: string }[], from: number, end: number): string {
  return tokens
    .slice(from, end)
    .map((t) => t.text)
    .join(' ')
}

/**
 * The names written before a possessive and a business's noun: one to three capitalized words, whether the
 * tagger found a name there or not ("Vexco's shares", "Standard Vexco's board").
 */
function ownerNames(article: TaggedArticle): Set<string> {
  const { tokens, sentenceOf } = article
  const names = new Set<string>()
  for (let k = 1; k < tokens.length; k++) {
    if (!POSSESSIVES.has((tokens[k] as { text: string }).text) || !isBusinessNounAt(article, k + 1)) continue
    let first = k
    while (
      first > 0 &&
      k - first < 3 &&
      sentenceOf[first - 1] === sentenceOf[k] &&
      /^\p{Lu}/u.test((tokens[first - 1] as { text: string }).text)
    )
      first--
    // Every way the name may start: "Standard Chartered" and "Chartered".
    for (let start = first; start < k; start++) names.add(wordsOf(tokens, start, k))
  }
  return names
}

/**
 * The names written right before a business's post and a person's name of two words or more: one to three
 * capitalized words ("Vexco chief executive Ann Pell", "Vexco founder Ann Pell"), and the shorter names they end.
 */
function postNames(article: TaggedArticle, mentions: readonly Mention[]): Set<string> {
  const { tokens, sentenceOf } = article
  const word = (k: number) => (k >= 0 ? (tokens[k]?.text ?? '') : '')
  const names = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person' || m.text.split(' ').length < 2) continue
    const one = word(m.first - 1)
    const span = POSTS.has(one) ? 1 : TWO_WORD_POSTS.has(`${word(m.first - 2)} ${one}`) ? 2 : 0
    const last = m.first - span
    if (span === 0 || sentenceOf[last - 1] !== sentenceOf[m.first]) continue
    let first = last
    while (
      first > 0 &&
      last - first < 3 &&
      sentenceOf[first - 1] === sentenceOf[m.first] &&
      /^\p{Lu}/u.test(word(first - 1))
    )
      first--
    for (let start = first; start < last; start++) names.add(wordsOf(tokens, start, last))
  }
  return names
}

/** A person's or place's name that may be a business's: not a country, party or group, nor "Ann Pell" (a person's). */
function isRekindable(m: Mention): boolean {
  if (m.country !== undefined || m.canonical !== undefined) return false
  if (m.kind === 'location') return true
  const words = nameWords(m.text)
  return m.kind === 'person' && (words.length === 1 || givenNameGender(words[0] as string) === undefined)
}

/** Whether a business's noun starts at token `k`, one word in lower case before it at most. */
function isBusinessNounAt(article: TaggedArticle, k: number): boolean {
  const { tokens, sentenceOf } = article
  const word = (i: number) => (sentenceOf[i] === sentenceOf[k - 1] ? (tokens[i]?.text ?? '') : '')
  const first = word(k)
  const second = word(k + 1)
  if (BUSINESS_NOUNS.has(first) || BUSINESS_PAIRS.has(`${first} ${second}`)) return true
  // "Vexco's biggest shareholder", "Vexco's senior executives": one modifier in lower case before the noun.
  return /^\p{Ll}+$/u.test(first) && BUSINESS_NOUNS.has(second)
}

/** Names the article gives a person: words of full names, and a name after an honorific ("Mr Vexco"). */
function personWords(article: TaggedArticle, mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>()
  for (const m of mentions) {
    if (m.kind !== 'person') continue
    const parts = nameWords(m.text)
    const honored =
      HONORIFICS[(m.text.split(' ')[0] as string).toLowerCase()] !== undefined ||
      HONORIFICS[article.tokens[m.first - 1]?.text.toLowerCase() ?? ''] !== undefined
    if (honored) words.add(parts.join(' '))
    if (parts.length > 1) for (const w of parts) words.add(w)
  }
  return words
}
