import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { dropNamesNeverActing, wordNear } from './name-uses.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set(ORGANIZATION_NAMES)

// A word before a preposition that makes the name after it an illness: "tested for Vexitis", "people with Vexitis",
// "died of Vexitis". Keyed by the preposition; closed classes of medical words (not "worked with", "voted for",
// nor "the case of", which is a court's or a person's as often as an illness's).
const ILLNESS_OPENERS = new Map<string, Set<string>>([
  [
    'for',
    words('test tests tested testing screening screened treatment treated vaccine vaccines vaccinated'),
  ],
  ['with', words('infected diagnosed people patients children adults those living sufferers')],
  ['of', words('died dying symptoms outbreak strain')],
  ['from', words('died dying suffering suffers suffered')],
  ['against', words('vaccine vaccines vaccinated immunised immunized jab jabs')],
])
// Nouns right after a name that make it an illness: "Vexitis patients", "a Vexitis outbreak".
const ILLNESS_NOUNS = words(
  'patients sufferers infection infections outbreak outbreaks symptoms vaccine vaccines epidemic pandemic jab jabs',
)
// Words that may follow a name that ends its noun phrase: "people with Vexitis are", "tested for Vexitis, and".
const PHRASE_CLOSERS = words(
  'is are was were has have had will would can could and or in at to for who which that',
)
// Verbs after a name that only a body's or a person's subject takes: "Vexco said", "Vexco announced".
const ACTOR_VERBS = words('said says told announced added warned argued claimed employs employed')
const POSSESSIVE = words("'s ’s '")

/** A set of the space-separated words of a string. */
function words(list: string): Set<string> {
  return new Set(list.split(' '))
}

/**
 * No illnesses as actors: a name the tagger took for a body, a place or a person that the article writes as an
 * illness at least once ("tests for Vexitis", "people with Vexitis", "a Vexitis outbreak") and never as an actor
 * (it never speaks, is no well-known body, takes no verb of saying and no one is "at" it) is dropped in all its
 * forms. The closed class of illness names in illness-names.ts misses coined or rarer names ("TB").
 * Changes `found.mentions` in place.
 * @example // "Ana Pell was tested for Vexitis. Vexitis is rising." → no actor "Vexitis"
 */
export function dropIllnessUses(article: TaggedArticle, found: ArticleMentions): void {
  dropNamesNeverActing(
    found,
    // A person's full name is no illness: "people with Bo Reed" are his company.
    (m) =>
      m.speaks ||
      (m.kind === 'person' && m.last - m.first > 1) ||
      KNOWN.has(m.text) ||
      isActorUse(article, m),
    (m) => isIllnessUse(article, m),
  )
}

/** Whether the words around one mention make it an illness: a medical word and a preposition before, or a medical noun after. */
function isIllnessUse(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) => wordNear(article, m, k)
  const next = word(m.last)
  if (ILLNESS_NOUNS.has(next)) return true
  // "people with Vexitis" names an illness only where the name ends its phrase: not "people with Vexco shares".
  const ends = next === '' || !/\p{L}/u.test(next) || PHRASE_CLOSERS.has(next)
  if (!ends || POSSESSIVE.has(next)) return false
  const openers = ILLNESS_OPENERS.get(word(m.first - 1))
  if (openers === undefined) return false
  return openers.has(word(m.first - 2))
}

/** Whether one mention acts: it takes a verb of saying or a body's verb, or someone is "at" it. */
function isActorUse(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) => wordNear(article, m, k)
  return ACTOR_VERBS.has(word(m.last)) || word(m.first - 1) === 'at'
}
