import { commonTagOf } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { wordNear } from './name-uses.ts'
import type { TaggedArticle } from './tag-article.ts'

// The posts and members of a sports team, right after its name: "the Tarrow manager", "Vale striker Ann Orme".
// A town has none of them (its mayor and council are not a team's), so a town's name before one is its club.
const TEAM_POSTS = new Set(
  'manager boss coach captain chairman striker defender midfielder goalkeeper keeper winger full-back skipper squad'.split(
    ' ',
  ),
)
// Names in brackets after players' names that make a squad list.
const SQUAD_LIST = 3
// What follows a squad list's bracket: the next item's comma or the list's end.
const ITEM_ENDS = new Set([',', '.', ';', ''])
// Words of a contest right before a team's name: "beat Tarrow", "rivals Tarrow", "against Tarrow", "beaten by Tarrow".
const CONTEST_BEFORE = new Set(['beat', 'beating', 'rivals', 'against', 'v', 'vs', 'vs.'])
// Verbs of a result right after a team's name: "Tarrow beat Vale", "Tarrow thrashed Vale".
const CONTEST_AFTER = new Set(['beat', 'beats', 'thrashed', 'edged'])
// Verbs of a result that take their rival after a preposition: "Tarrow drew with Vale", "Tarrow lost to Vale".
const RESULT_PREPOSITIONS: Readonly<Record<string, string>> = { drew: 'with', lost: 'to' }
const POSSESSIVES = new Set(["'s", '’s'])
// Prepositions that take a place, not a team: "in Tarrow", "near Tarrow".
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around'])
// Words of team sport that show an article is about it: a firm's "London manager" or a bid that "beat Paris"
// names no club, so a post or a contest alone makes none without them.
const SPORT_WORDS = new Set(
  'match matches goal goals league season striker strikers cup scored scorer fixture fixtures midfielder defender goalkeeper winger penalty stadium relegation'.split(
    ' ',
  ),
)
// What follows a post that belongs to another body: "the Kent chairman of the NFU", "the Leeds manager at Vell".
const POST_OWNERS = new Set(['of', 'at'])
/** The ways a name shows its club. */
type ClubUse = 'post' | 'contest' | 'squad'

/**
 * A town's name that the article uses as its sports club's is the club, an organization: one with a team's post
 * after it ("the Tarrow manager", "Tarrow's new coach"), after a word of a contest ("beat Tarrow", "rivals Tarrow",
 * "against Tarrow", "beaten by Tarrow") or before a result's verb ("Tarrow beat Vale", "Tarrow lost to Vale"), or in brackets after a player's name in a squad list ("Orme (Tarrow)"). Only where sport
 * shows: a town needs a sport word in the article or two different club uses; a lone name the tagger took for a
 * person ("Orme beat Pike") needs a sport word and a post or a squad list's bracket, since players beat players.
 * Where the article also puts the town after "in" ("a match in Tarrow") only the club's mentions change: a town
 * and its club are two actors. Lone names that show a person's sign (a full name's word) stay. Countries and
 * names of known bodies keep their kind. Changes `found.mentions` in place.
 * @example // "The Tarrow manager quit after the match. Tarrow lost again." → organization "Tarrow" twice
 */
export function settleSportClubs(article: TaggedArticle, found: ArticleMentions): void {
  // Whether the article shows sport: read once, and only for a name that has a club's use (most articles have none).
  let sport: boolean | undefined
  const showsSport = () => {
    sport ??= showsTeamSport(article)
    return sport
  }
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
    const uses = list.map((m) => clubUse(article, m, personEnds, squadList))
    const clubs = list.filter((_, i) => uses[i] !== undefined)
    const kinds = new Set(uses.filter((u) => u !== undefined))
    if (kinds.size === 0) continue
    const shown = list.some((m) => m.kind === 'person')
      ? (kinds.has('post') || kinds.has('squad')) && showsSport()
      : kinds.size > 1 || showsSport()
    if (!shown) continue
    const town = list.some((m) => isPlaceUse(article, m))
    for (const m of town ? clubs : list) m.kind = 'organization'
  }
}

/** Whether a word of team sport shows in the article: "match", "league", "striker". */
export function showsTeamSport(article: TaggedArticle): boolean {
  return article.tokens.some((t) => SPORT_WORDS.has(t.text.toLowerCase()))
}

/** How a name shows its club, if it does: "the Tarrow manager", "beat Tarrow", "Orme (Tarrow)". */
function clubUse(
  article: TaggedArticle,
  m: Mention,
  personEnds: ReadonlySet<number>,
  squadList: boolean,
): ClubUse | undefined {
  const word = (k: number) => wordNear(article, m, k)
  const after = word(m.last)
  if (isPost(word, m.last)) return 'post'
  // "Tarrow's new boss", "Tarrow's local rivals": a possessive, at most one word, then a post or "rivals".
  if (POSSESSIVES.has(after)) {
    if (isPost(word, m.last + 1) || isPost(word, m.last + 2)) return 'post'
    if (word(m.last + 1) === 'rivals' || word(m.last + 2) === 'rivals') return 'contest'
  }
  if (CONTEST_AFTER.has(after) || RESULT_PREPOSITIONS[after] === word(m.last + 1)) return 'contest'
  const before = word(m.first - 1)
  // "against Tarrow expectations": a name before a noun is the noun's modifier, no rival.
  if (CONTEST_BEFORE.has(before) && !(before === 'against' && commonTagOf(after) === 'N')) return 'contest'
  if (before === 'by' && /^beat(?:en)?$/.test(word(m.first - 2))) return 'contest'
  return squadList && isBracketed(article, m, personEnds) ? 'squad' : undefined
}

/** A team's post at k that no "of"/"at" gives to another body ("the Kent chairman of the NFU" is the NFU's). */
function isPost(word: (k: number) => string, k: number): boolean {
  return TEAM_POSTS.has(word(k)) && !POST_OWNERS.has(word(k + 1))
}

/**
 * "Orme (Tarrow), Pike (Vale)": a name alone in brackets right after a person's name, the bracket closing an item
 * of the list; a results table's brackets hold a country and a time or a score follows ("Orme (Tarrow) 20.37").
 */
function isBracketed(article: TaggedArticle, m: Mention, personEnds: ReadonlySet<number>): boolean {
  return (
    wordNear(article, m, m.first - 1) === '(' &&
    wordNear(article, m, m.last) === ')' &&
    ITEM_ENDS.has(wordNear(article, m, m.last + 1)) &&
    personEnds.has(m.first - 1)
  )
}

/** "in Tarrow": after a preposition that takes a place. */
function isPlaceUse(article: TaggedArticle, m: Mention): boolean {
  return PLACE_PREPOSITIONS.has(wordNear(article, m, m.first - 1))
}
