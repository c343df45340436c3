import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { REGIONS } from '../../data/actors/places.ts'
import { commonTagOf } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set([...ORGANIZATION_NAMES, ...REGIONS])
// Words that open speech ("Oh, that's not fair"), never names.
const INTERJECTIONS = new Set([
  'oh',
  'ah',
  'aha',
  'wow',
  'hey',
  'okay',
  'ok',
  'yes',
  'yeah',
  'um',
  'uh',
  'hmm',
  'alas',
])

// Words that open a sentence in capitals and are no names there: a participle or a past tense ("Born in 1942 in
// …", "Asked about it, …", "Speaking to reporters, …") or a number ("One was a call to …"). The parts of speech come
// from newswire's common words, where some place names stand as verbs (a dateline's "BELGRADE"): the ending must
// agree.
const VERB_FORMS = /^(?:VN|VD)$/
const PARTICIPLE_ENDINGS = /(?:ed|en|wn|rn|ught)$/
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty hundred'.split(' '),
)

/**
 * A one-word place or person that opens its sentence and is a participle, a past tense or a number there, and that
 * the article never names inside a sentence ("Reading" named again "… beat Reading"): no name. A body's name stays
 * ("Reading 2 Velmar 0").
 */
function isOpeningWord(article: TaggedArticle, m: Mention, inside: ReadonlySet<string>): boolean {
  if (m.kind === 'organization' || m.kind === 'group' || m.last - m.first !== 1) return false
  if (m.country !== undefined || m.canonical !== undefined || KNOWN.has(m.text)) return false
  if (inside.has(m.text) || !opensSentence(article, m) || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return false
  const lower = m.text.toLowerCase()
  const tag = commonTagOf(lower) ?? ''
  if (tag === 'NUM') return NUMBER_WORDS.has(lower)
  if (tag === 'VG') return lower.endsWith('ing')
  return VERB_FORMS.test(tag) && PARTICIPLE_ENDINGS.test(lower)
}

function opensSentence(article: TaggedArticle, m: Mention): boolean {
  return m.first === 0 || article.sentenceOf[m.first - 1] !== article.sentenceOf[m.first]
}

/**
 * "black and Latino young people": a capitalized word joined to an adjective in lower case, before a word in lower
 * case, is an adjective too.
 */
function isCoordinatedAdjective(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const joiner = tokens[m.first - 1]?.text
  const before = tokens[m.first - 2]?.text ?? ''
  const after = tokens[m.last]?.text ?? ''
  if ((joiner !== 'and' && joiner !== 'or') || sentenceOf[m.first - 2] !== sentenceOf[m.first]) return false
  return commonTagOf(before) === 'J' && before === before.toLowerCase() && /^\p{Ll}/u.test(after)
}

/**
 * No invented places or organizations: a one-word name that the article writes in lower case at least as often
 * as it names it ("Coronavirus" beside "the coronavirus", "Discord" beside "discord") is a word, not an actor,
 * unless it is a country, a party or a well-known name ("Real" once real, three times the club, stays); nor is an
 * interjection ("Oh") or a word joined to an adjective ("black and Latino voters"); nor a participle or a number
 * that opens a sentence ("Born in 1942 in …", "One was …"), whatever kind the tagger gave it.
 * Changes `found.mentions` in place.
 * @example // "Coronavirus cases rose. The coronavirus spread." → no location "Coronavirus"
 */
export function dropLowerCasedNames(article: TaggedArticle, found: ArticleMentions): void {
  const inside = new Set(found.mentions.filter((m) => !opensSentence(article, m)).map((m) => m.text))
  found.mentions = found.mentions.filter((m) => !isOpeningWord(article, m, inside))
  const named = new Map<string, number>()
  const isCandidate = (m: Mention) =>
    (m.kind === 'location' || m.kind === 'organization') &&
    m.last - m.first === 1 &&
    m.country === undefined &&
    m.canonical === undefined &&
    !KNOWN.has(m.text)
  for (const m of found.mentions) if (isCandidate(m)) named.set(m.text, (named.get(m.text) ?? 0) + 1)
  if (named.size === 0) return
  found.mentions = found.mentions.filter(
    (m) =>
      !(isCandidate(m) && (INTERJECTIONS.has(m.text.toLowerCase()) || isCoordinatedAdjective(article, m))),
  )
  const lowered = new Map([...named.keys()].map((word) => [word.toLowerCase(), 0]))
  const { tokens } = article
  for (let i = 0; i < tokens.length; i++) {
    const { text } = tokens[i] as { text: string }
    const count = lowered.get(text)
    if (count !== undefined) lowered.set(text, count + 1)
  }
  const isWord = (text: string) => (lowered.get(text.toLowerCase()) ?? 0) >= (named.get(text) ?? 0)
  found.mentions = found.mentions.filter((m) => !(isCandidate(m) && isWord(m.text)))
}
