import type { ArticleMentions, Mention } from './mentions.ts'
import { type ActorDraft, countryId, type ResolvedActors } from './resolve.ts'
import type { RolePhrase } from './roles.ts'
import { isSameOffice } from './same-office.ts'
import type { TaggedArticle } from './tag-article.ts'

type Draft = ActorDraft

/** Demonyms that stand for their country ("the Russian stand") become references to it. */
export function linkDemonyms(
  article: TaggedArticle,
  found: ArticleMentions,
  resolved: ResolvedActors,
  affiliationTokens: ReadonlySet<number>,
): void {
  for (const demonym of found.demonyms) {
    if (affiliationTokens.has(demonym.token)) continue
    const actor = ensureCountry(resolved, demonym.country)
    const token = article.tokens[demonym.token] as { start: number; end: number }
    actor.references.push({
      span: { start: token.start, end: token.end },
      form: 'demonym',
      token: demonym.token,
    })
  }
}

/** The actor of a country, created (with no name mention) when the article only names it by demonym or as an affiliation. */
export function ensureCountry(resolved: ResolvedActors, country: Parameters<typeof countryId>[0]): Draft {
  const id = countryId(country)
  let actor = resolved.byId.get(id)
  if (!actor) {
    actor = {
      id,
      kind: country.country ? 'country' : 'location',
      name: country.name,
      mentions: [],
      references: [],
      country,
    }
    resolved.actors.push(actor)
    resolved.byId.set(id, actor)
  }
  return actor
}

/**
 * Titles that stand alone ("the US Secretary of Defense", "the minister") become references to the one person
 * of the article who holds that title, and lend that person their country when it had none.
 */
export function linkTitles(
  article: TaggedArticle,
  standalone: readonly RolePhrase[],
  resolved: ResolvedActors,
): void {
  const byRole = new Map<string, Draft[]>()
  const byHead = new Map<string, Draft[]>()
  // Each list grows in place, not copied for every person.
  const push = (map: Map<string, Draft[]>, key: string, person: Draft) => {
    const list = map.get(key)
    if (list) list.push(person)
    else map.set(key, [person])
  }
  for (const a of resolved.actors) {
    if (a.kind !== 'person' || !a.role) continue
    push(byRole, a.role.text.toLowerCase(), a)
    push(byHead, a.role.head, a)
  }
  for (const phrase of standalone) {
    const first = phrase.affiliationFirst ?? phrase.first
    if (article.tokens[first - 1]?.text.toLowerCase() !== 'the') continue
    const exact = byRole.get(phrase.text.toLowerCase()) ?? []
    // By the head alone only when the title says no more than the person's ("the minister"): an office is its
    // whole phrase, so "the attorney general" is not Solicitor General X for their shared "general".
    const sameHead = (byHead.get(phrase.head) ?? []).filter((p) =>
      isSameOffice(phrase.text, p.role?.text ?? ''),
    )
    const candidates = (exact.length > 0 ? exact : sameHead).filter((p) => compatible(p, phrase))
    if (candidates.length !== 1) continue
    const person = candidates[0] as Draft
    if (!person.affiliation && phrase.affiliation) person.affiliation = phrase.affiliation
    const start = (article.tokens[first] as { start: number }).start
    const end = (article.tokens[phrase.last - 1] as { end: number }).end
    person.references.push({ span: { start, end }, form: 'title', token: first })
  }
}

function compatible(person: Draft, phrase: RolePhrase): boolean {
  const a = person.affiliation
  const b = phrase.affiliation
  if (!a || !b) return true
  if ('country' in a && 'country' in b) return a.country.code === b.country.code
  return true
}

const SUBJECT_IT = new Set(['it', 'It'])
const POSSESSIVE_IT = new Set(['its', 'Its'])
const PERSONAL = new Map([
  ['he', 'male'],
  ['He', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['His', 'male'],
  ['she', 'female'],
  ['She', 'female'],
  ['her', 'female'],
  ['Her', 'female'],
])
const PLURAL = new Set(['they', 'They', 'them', 'their', 'Their'])
// After these, "it" is a dummy subject ("it is now up to…", "it seems") or a thing, not an actor.
const DUMMY_IT_NEXT = new Set([
  'is',
  'was',
  "'s",
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'takes',
  'took',
  'means',
  'meant',
])
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'must', 'should', "'ll", "'d"])
// Before a subject "it": the sentence start or a word that opens a clause.
const CLAUSE_OPENERS = new Set([
  'that',
  ',',
  'and',
  'but',
  'because',
  'as',
  'since',
  'while',
  'when',
  'if',
  'though',
  'although',
  'said',
  'says',
  '"',
  "'",
])
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'with',
  'by',
  'for',
  'of',
  'about',
  'into',
  'over',
  'against',
  'between',
  'among',
  'across',
  'through',
  'under',
  'near',
])

/**
 * Links pronouns to the actor they stand for: "it"/"its" to the country or organization that is the subject
 * of the sentence (or of the one before), "he"/"she" to the last person named (of that gender, when known from
 * an honorific or from the first pronoun linked to them),
 * "they"/"their" to the last group named. Ambiguous or dummy pronouns ("it is now up to…") stay unlinked.
 */
export function linkPronouns(article: TaggedArticle, resolved: ResolvedActors): void {
  const { tokens } = article
  const anchors = [...resolved.byMention.entries()].sort((a, b) => a[0].first - b[0].first)
  let cursor = 0
  const before: [Mention, Draft][] = []
  for (let i = 0; i < tokens.length; i++) {
    while (cursor < anchors.length && (anchors[cursor] as [Mention, Draft])[0].last <= i)
      before.push(anchors[cursor++] as [Mention, Draft])
    const word = (tokens[i] as { text: string }).text
    const sentence = article.sentenceOf[i] as number
    let actor: Draft | undefined
    if (SUBJECT_IT.has(word) || POSSESSIVE_IT.has(word)) {
      if (SUBJECT_IT.has(word) && !isSubjectIt(article, i)) continue
      actor = subjectBefore(article, before, sentence)
    } else if (PERSONAL.has(word)) {
      const gender = PERSONAL.get(word) as 'male' | 'female'
      actor = firstInNearestSentence(
        article,
        before,
        sentence,
        (a) => a.kind === 'person' && (!a.gender || a.gender === gender),
        (a) => a.gender === gender,
      )
      // The text has now called this person "he" or "she": later pronouns of the other kind look further.
      if (actor && !actor.gender) actor.gender = gender
    } else if (PLURAL.has(word)) {
      actor = firstInNearestSentence(article, before, sentence, (a) => a.kind === 'group')
    }
    if (!actor) continue
    const token = tokens[i] as { start: number; end: number }
    actor.references.push({ span: { start: token.start, end: token.end }, form: 'pronoun', token: i })
  }
}

function isSubjectIt(article: TaggedArticle, i: number): boolean {
  const next = article.tokens[i + 1]?.text ?? ''
  if (DUMMY_IT_NEXT.has(next)) return false
  if (MODALS.has(next) && article.tokens[i + 2]?.text === 'be') return false
  const previous = article.tokens[i - 1]
  if (!previous || article.sentenceOf[i - 1] !== article.sentenceOf[i]) return true
  return CLAUSE_OPENERS.has(previous.text.toLowerCase())
}

/** The first country, organization or group named in the sentence (not after a preposition), else in the one before. */
function subjectBefore(
  article: TaggedArticle,
  before: readonly [Mention, Draft][],
  sentence: number,
): Draft | undefined {
  let inThis: Draft | undefined
  let inPrevious: Draft | undefined
  // Walk back over this sentence and the one before, keeping the earliest qualifying mention of each.
  for (let k = before.length - 1; k >= 0; k--) {
    const [mention, actor] = before[k] as [Mention, Draft]
    const s = article.sentenceOf[mention.first] as number
    if (s < sentence - 1) break
    if (actor.kind === 'person' || actor.kind === 'location') continue
    const previous = article.tokens[mention.first - 1]?.text.toLowerCase() ?? ''
    const beforeThat = article.tokens[mention.first - 2]?.text.toLowerCase() ?? ''
    if (PREPOSITIONS.has(previous) || (previous === 'the' && PREPOSITIONS.has(beforeThat))) continue
    if (s === sentence) inThis = actor
    else inPrevious = actor
  }
  return inThis ?? inPrevious
}

/**
 * The first actor matching `accept` in the nearest sentence (this one or the two before) that names one: its
 * subject, most often; in that sentence, the first that also matches `prefer`, if any does.
 */
function firstInNearestSentence(
  article: TaggedArticle,
  before: readonly [Mention, Draft][],
  sentence: number,
  accept: (actor: Draft) => boolean,
  prefer?: (actor: Draft) => boolean,
): Draft | undefined {
  let found: Draft | undefined
  let preferred: Draft | undefined
  let foundSentence = -1
  for (let k = before.length - 1; k >= 0; k--) {
    const [mention, actor] = before[k] as [Mention, Draft]
    const s = article.sentenceOf[mention.first] as number
    if (s < sentence - 2 || (found && s < foundSentence)) break
    if (!accept(actor)) continue
    found = actor
    foundSentence = s
    if (prefer?.(actor)) preferred = actor
  }
  return preferred ?? found
}
