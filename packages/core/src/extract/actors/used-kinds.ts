import { INSTITUTION_HEADS, ORGANIZATION_NOUNS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { HONORIFICS } from '../../data/actors/roles.ts'
import seen from '../../data/actors/seen-names.json' with { type: 'json' }
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import type { ActorKind } from '../../schemas/actor.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const SPEECH_VERB_SET = new Set(SPEECH_VERBS)
const KNOWN_BODIES = new Set(ORGANIZATION_NAMES)
// Nouns of a prize-giving body's events and prizes right after its name: "the Bafta film awards", "the Velmar
// ceremony".
const AWARD_NOUNS = new Set(
  'award awards ceremony ceremonies festival prize prizes nomination nominations trophy'.split(' '),
)
// Verbs that take a prize as their object: "won a Bafta", "received this Bafta".
const PRIZE_VERBS = new Set('win wins won winning receive receives received receiving scooped'.split(' '))
const COUNTING = new Set(['a', 'this', 'another', 'her', 'his', 'their', 'second', 'first'])
// Prepositions that take a place and hardly ever a body: "in LA", "near LA".
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'into'])
// Two-letter words in capitals that are common words, never a place's short form: "IT", "US" has its own entry.
const SHORT_WORDS = new Set('it us in on at as or an am do go no so up we me he be by my of to is'.split(' '))
// Nouns of natural features after a name: "the Amazon rainforest", "the Velmar river".
const FEATURE_NOUNS = new Set(
  'rainforest rainforests forest jungle river basin delta desert valley lake mountains mountain glacier'.split(
    ' ',
  ),
)
const POSSESSIVES = new Set(["'s", '’s'])
// Prepositions before a person's lone name hardly ever ("in Douglas", "near Lincoln"); not "into" or "around",
// which take people ("the inquiry into Vane", "those around Vane").
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'near', 'outside'])
// People who work for a body, before "at" and its name: "a researcher at Vexlab", "a partner at Vexco".
const WORKER_NOUNS = new Set(
  'researcher researchers scientist scientists engineer engineers partner partners professor professors fellow staff employee employees analyst analysts economist economists'.split(
    ' ',
  ),
)
// Prepositions that put a lone name the tagger took for a body in a place: "cafés in Tarrow", "around Tarrow".
const BODY_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around'])
// Nouns that take "in" before a body's or a person's name: "shares in Vexco", "confidence in Vexco".
const HOLDING_NOUNS = new Set(
  'share shares stake stakes holding holdings investment investments confidence faith trust interest interests'.split(
    ' ',
  ),
)
// Nouns of a body's people and premises right after its name: "Vexco staff", "Vexco offices".
const BODY_NOUNS = new Set(
  'staff staffers employees workers executives bosses chiefs spokesman spokeswoman spokesperson office offices headquarters hq board management'.split(
    ' ',
  ),
)
// Nouns that say what a body is, in an aside after its name: "Vexlab, a research institute in Orlin".
const APPOSED_BODY_NOUNS = new Set(
  [...ORGANIZATION_NOUNS, ...INSTITUTION_HEADS].flatMap((noun) => {
    const lower = noun.toLowerCase()
    return [lower, `${lower}s`]
  }),
)
// Words before a name that put it on a map: "reached Tarrow", "the road to Tarrow".
const PLACE_BEFORE = new Set(['to', 'reached', 'reach', 'reaches', 'reaching', 'towards', 'toward'])
// Verbs right after a name that put it on a map: "Tarrow lies on the coast".
const PLACE_AFTER = new Set(['lies', 'lay', 'sits', 'borders'])
// Nouns of a settlement after "is a" or "is the": "Tarrow is a town".
const SETTLEMENT_NOUNS = new Set('town city village port county region suburb district borough'.split(' '))

/**
 * One name's kind from how the article uses it elsewhere: a one-word name that heads a prize's or a ceremony's
 * noun or is won ("the Velmar film awards", "won a Velmar") is the body that gives it, not a place or a person;
 * a two-letter short form after "in" ("in LA") is a place, not a body; a name the tagger took for a body that
 * speaks as "he" or "she", or that a person's full name of the article ends in, is that person; a name before a
 * natural feature's noun ("the Amazon rainforest") is a place where no mention of it speaks or owns; a lone
 * name the tagger took for a person, every mention of it after "in", "near" or "outside" ("doctors in Douglas"),
 * is a place unless it owns, speaks, takes a title or is a word of a person's full name; a lone name in plain
 * case the tagger took for a body, once after "in", "near", "outside" or "around" ("cafés in Tarrow") and never
 * used as a body (owning, speaking, "by Tarrow", "Tarrow offices", "Tarrow, a firm"), is a place; a lone name the
 * tagger took for a place, once after a worker's noun and "at" ("a researcher at Vexlab"), with a use that shows
 * a body (the tagger's, "Vexlab said", "Vexlab's", "Vexlab staff", "Vexlab, an institute") and none that shows a place ("in", "near",
 * "outside", "to" or "reached" before it, "lies" or "is a town" after it), is a body. Countries,
 * parties and groups keep theirs. Changes `found.mentions` in place.
 * @example // "She won a Velmar in 1999. Velmar said the rules would change." → organization "Velmar"
 */
export function settleUsedKinds(article: TaggedArticle, found: ArticleMentions): void {
  const byName = new Map<string, Mention[]>()
  for (const m of found.mentions) {
    if (m.country !== undefined || m.canonical !== undefined || m.kind === 'group') continue
    if (m.last - m.first !== 1) continue
    const list = byName.get(m.text)
    if (list) list.push(m)
    else byName.set(m.text, [m])
  }
  const fullNames = found.mentions.filter((m) => m.kind === 'person' && m.last - m.first > 1)
  const surnames = new Set(fullNames.map((m) => m.text.slice(m.text.lastIndexOf(' ') + 1)))
  // Any word of a person's full name: "Douglas" is Ann Douglas's or Douglas Vane's.
  const nameWords = new Set(fullNames.flatMap((m) => m.text.split(' ')))
  for (const [name, list] of byName) {
    const kind = usedKind(article, name, list, surnames.has(name), nameWords.has(name))
    if (kind !== undefined) for (const m of list) m.kind = kind
    // "Amazon said … the Amazon rainforest": the feature's mention is the place even where the body speaks.
    else for (const m of list) if (m.kind === 'organization' && isFeature(article, m)) m.kind = 'location'
  }
}

function usedKind(
  article: TaggedArticle,
  name: string,
  list: readonly Mention[],
  surname: boolean,
  nameWord: boolean,
): ActorKind | undefined {
  const kinds = new Set(list.map((m) => m.kind))
  const person = surname || list.some((m) => speaksAsPerson(article, m) || titled(article, m))
  if (kinds.has('organization') && person) return 'person'
  if (person) return undefined
  if (!nameWord && kinds.size === 1 && kinds.has('person') && list.every((m) => isPlaceUse(article, m)))
    return 'location'
  if ((kinds.has('location') || kinds.has('person')) && list.some((m) => isPrize(article, m)))
    return 'organization'
  if (
    kinds.has('location') &&
    list.some((m) => isWorkplace(article, m)) &&
    hasBodyEvidence(article, list) &&
    !list.some((m) => isPlaceUse(article, m) || onMap(article, m))
  )
    return 'organization'
  if (!kinds.has('organization') || list.some((m) => actsAsBody(article, m))) return undefined
  if (
    kinds.size === 1 &&
    isPlainName(name) &&
    list.some((m) => isBodyPlaceUse(article, m)) &&
    !list.some((m) => isBodyUse(article, m))
  )
    return 'location'
  if (/^\p{Lu}{2}$/u.test(name) && !SHORT_WORDS.has(name.toLowerCase())) {
    // "the UN", "at the EU": a body's short form takes "the", a place's does not.
    if (list.some((m) => word(article, m, m.first - 1).toLowerCase() === 'the')) return undefined
    return list.some((m) => PLACE_PREPOSITIONS.has(word(article, m, m.first - 1))) ? 'location' : undefined
  }
  return list.some((m) => isFeature(article, m)) ? 'location' : undefined
}

/**
 * "shops in Douglas", not "faith in Douglas": after a preposition of place, and owning nothing ("in Vane's view" is
 * a person's).
 */
function isPlaceUse(article: TaggedArticle, m: Mention): boolean {
  return (
    PLACE_ONLY_PREPOSITIONS.has(word(article, m, m.first - 1)) &&
    !HOLDING_NOUNS.has(word(article, m, m.first - 2).toLowerCase()) &&
    !POSSESSIVES.has(word(article, m, m.last)) &&
    m.speaks !== true
  )
}

let seenBodies: Set<string> | null = null

/**
 * "Tarrow", not "TRW" (a word in capitals is a body's short form more often than a town's name), nor a name the
 * tagger's training data labels a body ("in Congress").
 */
function isPlainName(name: string): boolean {
  seenBodies ??= new Set((seen as Record<string, readonly string[]>).ORG ?? [])
  return /^\p{Lu}\p{Ll}+$/u.test(name) && !KNOWN_BODIES.has(name) && !seenBodies.has(name)
}

/** "a researcher at Vexlab": a worker's noun and "at" before the name. */
function isWorkplace(article: TaggedArticle, m: Mention): boolean {
  return (
    word(article, m, m.first - 1) === 'at' && WORKER_NOUNS.has(word(article, m, m.first - 2).toLowerCase())
  )
}

/**
 * "in Tarrow", "around Tarrow", not "shares in Vexco" nor "around Vexco offices": a preposition of place before a
 * lone name, and no body's noun after it.
 */
function isBodyPlaceUse(article: TaggedArticle, m: Mention): boolean {
  return (
    BODY_PLACE_PREPOSITIONS.has(word(article, m, m.first - 1).toLowerCase()) &&
    !HOLDING_NOUNS.has(word(article, m, m.first - 2).toLowerCase()) &&
    !BODY_NOUNS.has(word(article, m, m.last).toLowerCase())
  )
}

/** "a study by Vexco", "Vexco staff", "Vexco, a research institute": a maker's "by" or a body's noun. */
function isBodyUse(article: TaggedArticle, m: Mention): boolean {
  return (
    word(article, m, m.first - 1) === 'by' ||
    BODY_NOUNS.has(word(article, m, m.last).toLowerCase()) ||
    isApposedBody(article, m)
  )
}

/** "Vexlab, an AI research institute": a comma, an article and a body's noun within four words. */
function isApposedBody(article: TaggedArticle, m: Mention): boolean {
  if (word(article, m, m.last) !== ',' || !/^(?:a|an|the)$/i.test(word(article, m, m.last + 1))) return false
  for (let k = m.last + 2; k <= m.last + 5; k++)
    if (APPOSED_BODY_NOUNS.has(word(article, m, k).toLowerCase())) return true
  return false
}

/**
 * Whether some use shows a body, not a place: the tagger took it for one, a use other than "a researcher at
 * Vexlab" speaks or owns ("Vexlab said", "Vexlab's"), or a body's noun follows it ("Vexlab staff", "Vexlab, a
 * research institute"). "Engineers at Tarrow said": the workers speak there, not the name.
 */
function hasBodyEvidence(article: TaggedArticle, list: readonly Mention[]): boolean {
  return list.some(
    (m) =>
      m.kind === 'organization' ||
      BODY_NOUNS.has(word(article, m, m.last).toLowerCase()) ||
      isApposedBody(article, m) ||
      (!isWorkplace(article, m) && actsAsBody(article, m)),
  )
}

/** "reached Tarrow", "to Tarrow", "Tarrow lies on", "Tarrow is a town": a use that puts the name on a map. */
function onMap(article: TaggedArticle, m: Mention): boolean {
  if (PLACE_BEFORE.has(word(article, m, m.first - 1).toLowerCase())) return true
  const next = word(article, m, m.last)
  if (PLACE_AFTER.has(next)) return true
  const determiner = word(article, m, m.last + 1)
  return (
    (next === 'is' || next === 'was') &&
    (determiner === 'a' || determiner === 'the') &&
    SETTLEMENT_NOUNS.has(word(article, m, m.last + 2).toLowerCase())
  )
}

/** "the Amazon rainforest": the name before a natural feature's noun. */
function isFeature(article: TaggedArticle, m: Mention): boolean {
  return FEATURE_NOUNS.has(word(article, m, m.last))
}

/** The token at k in the mention's sentence, or "". */
function word(article: TaggedArticle, m: Mention, k: number): string {
  return k >= 0 && article.sentenceOf[k] === article.sentenceOf[m.first]
    ? (article.tokens[k]?.text ?? '')
    : ''
}

/** "Velmar said he would", "Velmar told fans she": a verb of saying, then "he" or "she" within three words. */
function speaksAsPerson(article: TaggedArticle, m: Mention): boolean {
  if (!SPEECH_VERB_SET.has(word(article, m, m.last))) return false
  for (let k = m.last + 1; k <= m.last + 3; k++) {
    const next = word(article, m, k).toLowerCase()
    if (next === 'he' || next === 'she') return true
  }
  return false
}

/** "Mr Velmar": an honorific right before the name. */
function titled(article: TaggedArticle, m: Mention): boolean {
  return HONORIFICS[word(article, m, m.first - 1).toLowerCase()] !== undefined
}

/** "the Velmar film awards", "won a Velmar": a prize's noun after the name, or a verb of winning and a count. */
function isPrize(article: TaggedArticle, m: Mention): boolean {
  const next = word(article, m, m.last)
  if (AWARD_NOUNS.has(next) || (/^\p{Ll}+$/u.test(next) && AWARD_NOUNS.has(word(article, m, m.last + 1))))
    return true
  return COUNTING.has(word(article, m, m.first - 1)) && PRIZE_VERBS.has(word(article, m, m.first - 2))
}

/** "Vexco said", "Vexco's shares": what a body's name does and a place's name hardly does. */
function actsAsBody(article: TaggedArticle, m: Mention): boolean {
  const next = word(article, m, m.last)
  return m.speaks === true || SPEECH_VERB_SET.has(next) || POSSESSIVES.has(next)
}
