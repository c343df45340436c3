import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import { SPEECH_VERBS } from '../../data/actors/speech-verbs.ts'
import { isBodyHead } from './body-heads.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { dropNamesNeverActing, wordNear } from './name-uses.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set(ORGANIZATION_NAMES)
const SPEECH_VERB_SET = new Set(SPEECH_VERBS)
const INDEFINITE = new Set(['a', 'an'])
const WIN_VERBS = new Set('win wins won winning'.split(' '))
// Words that may follow a name that ends its noun phrase: "signed a Vexpact, which", "got a VXC in maths".
const PHRASE_CLOSERS = new Set(
  'is are was were has have had will would can could and or in at to for on with from by before after as than that which who'.split(
    ' ',
  ),
)
// Nouns after a name's possessive that only an actor has: "Vexco's boss", "Vexco's staff".
const ACTOR_NOUNS = new Set(
  'boss chief chairman spokesman spokeswoman spokesperson staff members leader founder head'.split(' '),
)
const POSSESSIVE = new Set(["'s", '’s'])
// Heads of bodies of people that body-heads.ts leaves to the context elsewhere: "a Velmar Farmers Coalition".
const COLLECTIVE_HEADS = new Set(
  'coalition alliance party group front movement campaign league network'.split(' '),
)

/**
 * No things as bodies or places: a name the tagger took for an organization or a place that the article writes
 * as one of a kind, after "a" or "an" and ending its phrase ("signed a Vexpact of Trade", "on a Velmar Work
 * Scheme for two years", "got a VXC in maths"), and never as an actor (it never speaks, takes no verb of saying, no one is "at" it, it has no
 * boss or staff, it is no well-known body) is a document, a scheme or a thing: dropped in all its forms. A body
 * counted or told apart by "a" is its modifier, not the phrase's end ("a Vexco spokesman", "a Labour government"),
 * and a new body is named with "a" too ("a Velmar Farmers Coalition is launched"): a name with a body's head stays,
 * as does one after "as a" (a member's body: "elected as a Vale Democrat").
 * Changes `found.mentions` in place.
 * @example // "The firms signed a Vexpact of Trade." → no actor "Vexpact of Trade"
 */
export function dropIndefiniteNames(article: TaggedArticle, found: ArticleMentions): void {
  dropNamesNeverActing(
    found,
    (m) =>
      m.kind === 'person' || m.kind === 'group' || m.speaks || KNOWN.has(m.text) || isActorUse(article, m),
    (m) => isIndefiniteUse(article, m),
  )
}

/** Whether one mention is one of a kind: "a" or "an" right before it, and it ends its noun phrase. */
function isIndefiniteUse(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) => wordNear(article, m, k)
  if (!isArticle(article, m.first - 1) || hasBodyHead(m.text)) return false
  // "won a Tarvel": a prize, which used-kinds.ts gives the body that awards it; "stood as a Vale Party
  // candidate", "elected as a Greens": a member's body.
  const opener = word(m.first - 2)
  if (WIN_VERBS.has(opener) || opener === 'as') return false
  const next = word(m.last)
  // A figure after the name is its own ("a VTC 3 film"), a possessive a body's ("a Vexco's"): no phrase's end.
  return next === '' || !/[\p{L}\p{N}']/u.test(next) || PHRASE_CLOSERS.has(next)
}

/** Whether token k is the indefinite article: "a" or "an", capitalized only where it opens its sentence ("J Pell, A Tarrow" is an initial). */
function isArticle(article: TaggedArticle, k: number): boolean {
  const text = article.tokens[k]?.text ?? ''
  if (INDEFINITE.has(text)) return true
  const opens = k === 0 || article.sentenceOf[k - 1] !== article.sentenceOf[k]
  return opens && INDEFINITE.has(text.toLowerCase())
}

/** Whether any word of a name is a body's head: "Velmar Trust", "Farmers Coalition", "Vale Party of Orlin". */
function hasBodyHead(name: string): boolean {
  return name.split(' ').some((word) => isBodyHead(word) || COLLECTIVE_HEADS.has(word.toLowerCase()))
}

/** Whether one mention acts: it takes a verb of saying, someone is "at" it, or it has a boss or staff. */
function isActorUse(article: TaggedArticle, m: Mention): boolean {
  const word = (k: number) => wordNear(article, m, k)
  const next = word(m.last)
  if (SPEECH_VERB_SET.has(next) || word(m.first - 1) === 'at') return true
  return POSSESSIVE.has(next) && ACTOR_NOUNS.has(word(m.last + 1))
}
