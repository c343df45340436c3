import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import { HONORIFICS, ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { givenNameGender } from '../given-names.ts'
import { isForeignBodyOpener } from './body-heads.ts'
import { isCommonWord } from './common-words.ts'
import { isIllnessName } from './illness-names.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Nouns that end the name of an illness ("Motor Neurone Disease", "Gulf War Syndrome", "Lassa Fever"): a closed
// class of medical heads. Such a name is no actor, whatever the tagger made of it.
const CONDITION_HEADS = new Set(
  'disease diseases syndrome disorder disorders virus fever flu influenza palsy dystrophy'.split(' '),
)
// Heads of a body's name that no person's name ends in ("Lord Chancellor's Department", "Audit Commission").
// Not "bank", "trust", "board", "club" or "union": surnames too ("Gordon Banks" aside, "Ann Board" is a person).
const BODY_HEADS = new Set(
  ORGANIZATION_HEADS.filter(
    (head) => !/^(?:bank|trust|board|club|union|friends|students|youth|campaign)$/.test(head),
  ),
)
// English words that open a body's name and no person's ("Bank of Orlin", "University of Leeds"); those of other
// languages ("Banque Misr") are body-heads.ts's.
const BODY_OPENERS = new Set([...[...BODY_HEADS].filter((head) => head !== 'office'), 'bank', 'university'])
const POSSESSIVE = new Set(["'s", '’s'])
// The levels and branches of courts of law, a closed class: "the High Court", "Orlin Crown Court" is a body that
// rules and hears, where "Hampton Court" or "Earls Court" is a place.
const COURT_LEVELS = new Set(
  'high supreme crown county magistrates appeal appeals district federal family criminal civil youth juvenile constitutional circuit superior coroners military sheriff'.split(
    ' ',
  ),
)
const LIST_JOINERS = new Set([',', 'and', 'or', '&'])

/** A name's words as written (this file sits below name-forms.ts, which asks it of body heads). */
function nameWords(text: string): string[] {
  return text.split(' ').filter((word) => word.length > 0)
}

/**
 * Names by their last word. An illness named after its head noun ("Motor Neurone Disease") or by its discoverer's
 * possessive ("Crohn's disease", "victims of Alzheimer's, Parkinson's and Motor Neurone Disease": a possessive
 * with no noun after it, listed with an illness) is no actor; nor is any other name listed with one unless a
 * given name opens it ("Multiple Sclerosis" in the same list). A "person" of several words ending in a body's head
 * ("Chancellor's Department") is that body, with the honorific before it, which belongs to the body's name ("Lord
 * Chancellor's Department"), and so is one that a body's noun opens, in English or another language ("Banque Misr").
 * A court of law named by its level ("the High Court") is a body, though the tagger took it for a place.
 * Changes `found.mentions` in place.
 * @example // "help victims of Parkinson's and Motor Neurone Disease, Ann Lee said" → only Ann Lee is an actor
 */
export function settleHeadedNames(article: TaggedArticle, found: ArticleMentions): void {
  const conditions = new Set<Mention>()
  for (const mention of found.mentions) {
    if (mention.country || mention.canonical) continue
    if (isCondition(article, mention)) conditions.add(mention)
    else if (mention.kind === 'person' && endsInBodyHead(mention)) makeBody(article, mention)
    else if (mention.kind === 'person' && opensWithBodyWord(mention)) mention.kind = 'organization'
    else if (mention.kind === 'person' && endsInPluralTitle(mention)) mention.kind = 'organization'
    else if (mention.kind !== 'organization' && isCourtOfLaw(mention)) mention.kind = 'organization'
  }
  if (conditions.size === 0) return
  // The article's names by their first and last token, read once for every list walked.
  const byFirst = new Map(found.mentions.map((m) => [m.first, m]))
  const byLast = new Map(found.mentions.map((m) => [m.last, m]))
  for (const mention of found.mentions)
    if (!conditions.has(mention) && listedWithCondition(article, byFirst, byLast, mention, conditions))
      conditions.add(mention)
  const names = new Set([...conditions].filter((m) => isBarePossessive(article, m)).map((m) => m.text))
  found.mentions = found.mentions.filter(
    (m) => !conditions.has(m) && !(names.has(m.text) && isBarePossessive(article, m)),
  )
}

/** "Motor Neurone Disease"; "Crohn" of "Crohn's disease"; "COVID" of "a COVID vaccine". */
function isCondition(article: TaggedArticle, mention: Mention): boolean {
  if (mention.kind === 'group') return false
  if (isIllnessName(mention.text)) return true
  const words = nameWords(mention.text)
  const last = words.at(-1)?.toLowerCase() ?? ''
  if (words.length > 1 && CONDITION_HEADS.has(last)) return true
  const after = article.tokens[mention.last]?.text ?? ''
  const next = article.tokens[mention.last + 1]?.text.toLowerCase() ?? ''
  return POSSESSIVE.has(after) && CONDITION_HEADS.has(next)
}

/** Whether a name's last word heads a body's name and no person's: "Department", "Commission". */
export function isBodyHead(word: string): boolean {
  return BODY_HEADS.has(word.toLowerCase())
}

/** "Chancellor's Department": a body's head ends it and no given name opens it. */
function endsInBodyHead(mention: Mention): boolean {
  const words = nameWords(mention.text)
  if (words.length < 2) return false
  const first = words[0] as string
  return isBodyHead(words.at(-1) as string) && givenNameGender(first) === undefined
}

/** "the High Court", "Orlin Crown Court", "Magistrates' Court": a court's level, then "Court". */
function isCourtOfLaw(mention: Mention): boolean {
  const words = nameWords(mention.text)
  const level = (words.at(-2) ?? '').toLowerCase().replace(/['’]$/, '')
  return words.length > 1 && words.at(-1) === 'Court' && COURT_LEVELS.has(level)
}

/** "Banque Misr", "Bank Orlin": a body's noun opens a name of two words or more. */
function opensWithBodyWord(mention: Mention): boolean {
  const words = nameWords(mention.text)
  const first = words[0] as string
  return words.length > 1 && (BODY_OPENERS.has(first.toLowerCase()) || isForeignBodyOpener(first))
}

/**
 * "Law Lords", "Appeal Judges", "Party Secretaries": common words, then the plural of a title of address or an office, name a bench
 * of office-holders, no one person; no person's name ends in a plural title after a common word.
 */
function endsInPluralTitle(mention: Mention): boolean {
  const words = nameWords(mention.text)
  const last = (words.at(-1) as string).toLowerCase()
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+s$/u.test(words.at(-1) as string)) return false
  // "Lords" and "Judges" drop an "s", "Secretaries" an "ies" for a "y", "Duchesses" an "es".
  const singulars = [last.slice(0, -1), last.replace(/ies$/, 'y'), last.replace(/es$/, '')]
  if (!singulars.some((title) => HONORIFICS[title] !== undefined || ROLE_HEAD_SET.has(title))) return false
  return words.slice(0, -1).every((word) => isCommonWord(word) && givenNameGender(word) === undefined)
}

/** The person becomes the body, taking in a capitalized honorific right before it ("Lord", "Lady"). */
function makeBody(article: TaggedArticle, mention: Mention): void {
  mention.kind = 'organization'
  const before = article.tokens[mention.first - 1]
  if (!before || article.sentenceOf[mention.first - 1] !== article.sentenceOf[mention.first]) return
  if (!/^\p{Lu}/u.test(before.text) || HONORIFICS[before.text.toLowerCase()] === undefined) return
  mention.first -= 1
  mention.start = before.start
  mention.text = article.text.slice(mention.start, mention.end)
}

/** A possessive with no noun after it: "Alzheimer's," "Parkinson's and". */
function isBarePossessive(article: TaggedArticle, mention: Mention): boolean {
  const { tokens } = article
  if (!POSSESSIVE.has(tokens[mention.last]?.text ?? '')) return false
  const next = tokens[mention.last + 1]?.text ?? '.'
  return LIST_JOINERS.has(next) || /^[.;:!?)"”’]$/.test(next)
}

/**
 * A name in the same list as an illness: between them only other names of the list, their possessives and list
 * joiners ("Alzheimer's, Parkinson's and Motor Neurone Disease"). A name that a given name opens is a person's.
 */
function listedWithCondition(
  article: TaggedArticle,
  byFirst: ReadonlyMap<number, Mention>,
  byLast: ReadonlyMap<number, Mention>,
  mention: Mention,
  conditions: ReadonlySet<Mention>,
): boolean {
  if (mention.kind !== 'person' && mention.kind !== 'location') return false
  if (mention.country || mention.canonical || mention.speaks || !inListPlace(article, mention)) return false
  const first = nameWords(mention.text)[0] ?? ''
  if (givenNameGender(first) !== undefined || HONORIFICS[first.toLowerCase()] !== undefined) return false
  return (
    reachesCondition(article, mention.last, byFirst, conditions, 1) ||
    reachesCondition(article, mention.first - 1, byLast, conditions, -1)
  )
}

/**
 * Where an item of a list stands: a list joiner after it (its possessive first), or "and"/"or" before it (the last
 * item). ", Mr Lee said" after a list is no item of it.
 */
function inListPlace(article: TaggedArticle, mention: Mention): boolean {
  const { tokens } = article
  const after = POSSESSIVE.has(tokens[mention.last]?.text ?? '') ? mention.last + 1 : mention.last
  const before = tokens[mention.first - 1]?.text ?? ''
  return LIST_JOINERS.has(tokens[after]?.text ?? '') || before === 'and' || before === 'or'
}

/** Walks a list from token `from` in one direction over joiners, possessives and names, to an illness. */
function reachesCondition(
  article: TaggedArticle,
  from: number,
  names: ReadonlyMap<number, Mention>,
  conditions: ReadonlySet<Mention>,
  step: 1 | -1,
): boolean {
  const { tokens, sentenceOf } = article
  const sentence = sentenceOf[step === 1 ? from - 1 : from + 1]
  let i = from
  for (let hops = 0; hops < 24 && i >= 0 && i < tokens.length && sentenceOf[i] === sentence; hops++) {
    const text = tokens[i]?.text ?? ''
    const name = names.get(step === 1 ? i : i + 1)
    if (name) {
      if (conditions.has(name)) return true
      i = step === 1 ? name.last : name.first - 1
    } else if (LIST_JOINERS.has(text) || POSSESSIVE.has(text)) i += step
    else return false
  }
  return false
}
