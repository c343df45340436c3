import type { ArticleMentions, Mention } from './mentions.ts'
import { dropNamesNeverActing, wordNear } from './name-uses.ts'
import { actsAsBody } from './product-names.ts'
import type { TaggedArticle } from './tag-article.ts'

// A club's people after its name, which make it a team, not a contest: "Orlin Rovers manager Tom Hale", "Orlin
// Rovers' fans".
const CLUB_NOUNS = new Set(
  'manager managers coach coaches captain players player squad fans supporters chairman'.split(' '),
)
// Nouns after a name that make it a contest, a closed class: "the Vexley Nations opener", "the Tarrow Shield table".
// Not "match", "game", "clash", "win", "debut" or "season": a club's name takes them too ("the Orlin clash", "an
// Orlin debut"); not "campaign": a firm's or a party's advertising is one; not "title": a publisher's book or game is
// one ("the Vexco title"); not "fixtures" or "finale": a club has fixtures, a broadcaster a series' finale.
const CONTEST_NOUNS = new Set(
  'opener openers championship championships tournament tournaments trophy decider table standings crown qualifier qualifiers'.split(
    ' ',
  ),
)

/**
 * No contests as actors: sport news names tournaments in capitals ("the Vexley Nations") and the tagger takes them
 * for bodies or places. A name the article writes before a contest's noun at least once ("the Vexley Nations
 * opener", "the Vexley Nations championship", not in the headline) and never as a body (it never speaks, is no well-known body, announces or
 * employs, has no boss or staff, no one is "at" it) is dropped in all its forms; a team stays, as it speaks or has a
 * manager, a coach or fans somewhere (`isClubUse`). Countries, parties, places and acronyms are not judged.
 * Changes `found.mentions` in place.
 * @example // "Vale missed the Vexley Nations opener." → no actor "Vexley Nations"
 */
export function dropContestNames(article: TaggedArticle, found: ArticleMentions): void {
  dropNamesNeverActing(
    found,
    (m) => actsAsBody(article, m) || isClubUse(article, m),
    (m) => isContestUse(article, m),
  )
}

/** Whether a club's people follow the name, after its possessive or not: "Orlin Rovers manager", "Orlin Rovers' fans". */
function isClubUse(article: TaggedArticle, m: Mention): boolean {
  const next = wordNear(article, m, m.last)
  const after =
    next === "'" || next === "'s" || next === '\u2019s' || next === '\u2019'
      ? wordNear(article, m, m.last + 1)
      : next
  return CLUB_NOUNS.has(after)
}

/** Whether a mention, taken for a body or a place, stands before a contest's noun: "the Vexley Nations opener". */
function isContestUse(article: TaggedArticle, m: Mention): boolean {
  // A place names the town a contest is held in ("the Tarrow tournament"); an acronym a body that runs contests ("a VTA
  // tournament"); a headline's title case capitalizes a club's hopes ("Orlin Title Hopes Fade" or "Orlin title hopes").
  if (m.kind !== 'organization' || !/\p{Ll}/u.test(m.text)) return false
  if (article.titled && article.sentenceOf[m.first] === 0) return false
  return CONTEST_NOUNS.has(wordNear(article, m, m.last))
}
