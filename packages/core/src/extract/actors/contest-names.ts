import { ORGANIZATION_NAMES } from '../../data/actors/organizations.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { dropNamesNeverActing, wordNear } from './name-uses.ts'
import { isBodyUse } from './product-names.ts'
import type { TaggedArticle } from './tag-article.ts'

const KNOWN = new Set(ORGANIZATION_NAMES)
// Nouns after a name that make it a contest, a closed class: "the Vexley Nations opener", "the Tarrow Shield table".
// Not "match", "game", "clash", "win", "debut" or "season": a club's name takes them too ("the Orlin clash", "an
// Orlin debut"); not "campaign": a firm's or a party's advertising is one; not "title": a publisher's book or game is
// one ("the Vexco title").
const CONTEST_NOUNS = new Set(
  'opener openers championship championships tournament tournaments trophy decider finale fixtures table standings crown qualifier qualifiers'.split(
    ' ',
  ),
)

/**
 * No contests as actors: sport news names tournaments in capitals ("the Vexley Nations") and the tagger takes them
 * for bodies or places. A name the article writes before a contest's noun at least once ("the Vexley Nations
 * opener", "the Vexley Nations championship", not in the headline) and never as a body (it never speaks, is no well-known body, announces or
 * employs, has no boss or staff, no one is "at" it) is dropped in all its forms; a team stays, as it speaks or has a
 * coach somewhere. Countries, parties, places and acronyms are not judged.
 * Changes `found.mentions` in place.
 * @example // "Vale missed the Vexley Nations opener." → no actor "Vexley Nations"
 */
export function dropContestNames(article: TaggedArticle, found: ArticleMentions): void {
  dropNamesNeverActing(
    found,
    (m) => m.speaks === true || KNOWN.has(m.text) || isBodyUse(article, m),
    (m) => isContestUse(article, m),
  )
}

/** Whether a mention, taken for a body or a place, stands before a contest's noun: "the Vexley Nations opener". */
function isContestUse(article: TaggedArticle, m: Mention): boolean {
  // A place names the town a contest is held in ("the Tarrow tournament"); an acronym a body that runs contests ("a VTA
  // tournament"); a headline's title case capitalizes a club's hopes ("Orlin Title Hopes Fade" or "Orlin title hopes").
  if (m.kind !== 'organization' || !/\p{Ll}/u.test(m.text)) return false
  if (article.titled && article.sentenceOf[m.first] === 0) return false
  return CONTEST_NOUNS.has(wordNear(article, m, m.last))
}
