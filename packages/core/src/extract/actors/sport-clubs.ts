import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// The posts and members of a sports team, right after its name: "the Tarrow manager", "Vale striker Ann Orme".
// A town has none of them (its mayor and council are not a team's), so a town's name before one is its club.
const TEAM_POSTS = new Set(
  'manager boss chairman striker defender midfielder goalkeeper keeper winger full-back skipper squad'.split(
    ' ',
  ),
)
// Names in brackets after players' names that make a squad list.
const SQUAD_LIST = 3
// What follows a squad list's bracket: the next item's comma or the list's end.
const ITEM_ENDS = new Set([',', '.', ';', ''])
// Words of a contest right before a team's name: "beat Tarrow", "rivals Tarrow", "beaten by Tarrow".
const CONTEST_BEFORE = new Set(['beat', 'beating', 'rivals', 'v', 'vs', 'vs.'])
const POSSESSIVES = new Set(["'s", '’s'])
// Prepositions that take a place, not a team: "in Tarrow", "near Tarrow".
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around'])

/**
 * A town's name that the article uses as its sports club's is the club, an organization: one with a team's post
 * after it ("the Tarrow manager", "Tarrow's new boss"), after a word of a contest ("beat Tarrow", "rivals Tarrow",
 * "beaten by Tarrow"), or in brackets after a player's name in a squad list ("Orme (Tarrow)"). Where the article
 * also puts the town after "in" ("a match in Tarrow") only the club's mentions change: a town and its club are two
 * actors. Lone names the tagger took for a person change as well when they show no person's sign (a title, a
 * full name's word). Countries and names of known bodies keep their kind. Changes `found.mentions` in place.
 * @example // "The Tarrow manager quit. Tarrow lost again." → organization "Tarrow" twice
 */
export function settleSportClubs(article: TaggedArticle, found: ArticleMentions): void {
  const fullNameWords = new Set(
    found.mentions
      .filter((m) => m.kind === 'person' && m.last - m.first > 1)
      .flatMap((m) => m.text.split(' ')),
  )
  const personEnds = new Set(found.mentions.filter((m) => m.kind === 'person').map((m) => m.last))
  // A squad list names many players' clubs in brackets; one bracket after a name may be a state or a party's.
  const bracketed = found.mentions.filter((m) => isBracketed(article, m, personEnds)).length
  const squadList = bracketed >= SQUAD_LIST
  const byName = new Map<string, Mention[]>()
  for (const m of found.mentions) {
    if (m.country !== undefined || m.canonical !== undefined) continue
    if (m.kind !== 'location' && !(m.kind === 'person' && m.last - m.first === 1)) continue
    if (m.kind === 'person' && fullNameWords.has(m.text)) continue
    const list = byName.get(m.text)
    if (list) list.push(m)
    else byName.set(m.text, [m])
  }
  for (const list of byName.values()) {
    const clubs = list.filter((m) => isClubUse(article, m, personEnds, squadList))
    if (clubs.length === 0) continue
    const town = list.some((m) => isPlaceUse(article, m))
    for (const m of town ? clubs : list) m.kind = 'organization'
  }
}

/** "the Tarrow manager", "Tarrow's boss", "beat Tarrow", "beaten by Tarrow", "Orme (Tarrow)". */
function isClubUse(
  article: TaggedArticle,
  m: Mention,
  personEnds: ReadonlySet<number>,
  squadList: boolean,
): boolean {
  const word = (k: number) => wordAt(article, m, k)
  const after = word(m.last)
  if (TEAM_POSTS.has(after)) return true
  // "Tarrow's new boss", "Tarrow's local rivals": a possessive, at most one word, then a post or "rivals".
  if (POSSESSIVES.has(after)) {
    const next = word(m.last + 1)
    const then = word(m.last + 2)
    if (TEAM_POSTS.has(next) || next === 'rivals' || TEAM_POSTS.has(then) || then === 'rivals') return true
  }
  const before = word(m.first - 1)
  if (CONTEST_BEFORE.has(before)) return true
  if (before === 'by' && /^beat(?:en)?$/.test(word(m.first - 2))) return true
  return squadList && isBracketed(article, m, personEnds)
}

/**
 * "Orme (Tarrow), Pike (Vale)": a name alone in brackets right after a person's name, the bracket closing an item
 * of the list; a results table's brackets hold a country and a time or a score follows ("Orme (Tarrow) 20.37").
 */
function isBracketed(article: TaggedArticle, m: Mention, personEnds: ReadonlySet<number>): boolean {
  return (
    wordAt(article, m, m.first - 1) === '(' &&
    wordAt(article, m, m.last) === ')' &&
    ITEM_ENDS.has(wordAt(article, m, m.last + 1)) &&
    personEnds.has(m.first - 1)
  )
}

/** "in Tarrow": after a preposition that takes a place. */
function isPlaceUse(article: TaggedArticle, m: Mention): boolean {
  return PLACE_PREPOSITIONS.has(wordAt(article, m, m.first - 1))
}

/** The token at k, lower-cased, when it is in the mention's sentence; else "". */
function wordAt(article: TaggedArticle, m: Mention, k: number): string {
  return k >= 0 && article.sentenceOf[k] === article.sentenceOf[m.first]
    ? (article.tokens[k]?.text.toLowerCase() ?? '')
    : ''
}
