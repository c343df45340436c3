import { countStartingBefore } from '../../parse/count-before.ts'
import { wordTable } from '../../parse/word-table.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, insideQuote, salienceScores, sentenceIndexAt } from './antecedents.ts'
import { otherOffices } from './other-office.ts'

// A definite description of an office one person holds at a time: "the prime minister", "the chancellor", "the
// home secretary", "the Tory leader", "the mayor". Bare "the minister" or "the leader" may be anyone's.
const OFFICE =
  /\b[Tt]he ((?:[A-Z]?[a-z]+(?:-[a-z]+)? ){0,2}?(?:prime minister|first minister|chancellor|president|mayor|premier|governor|attorney general)|(?:[A-Z]?[a-z]+ ){1,2}(?:secretary|leader))\b/g

// What a mention right before a name counts for: as much as three mentions in view.
const NAMED_VOTE = 3

// How many sentences back each mention of an office looks for its holder.
export const OFFICE_WINDOW = 2

// Other words for one office: "the premier" is the prime minister, "the Conservative leader" the Tory leader.
const SAME_OFFICE = wordTable<string>({
  premier: 'prime minister',
  'conservative leader': 'tory leader',
  'lib dem leader': 'liberal democrat leader',
})

/** The phrase of an office as the look-ups write it: lower case, single spaces, one name per office ("tory leader"). */
export function officePhrase(words: string): string {
  const phrase = words.toLowerCase().replace(/\s+/g, ' ').trim()
  return SAME_OFFICE[phrase] ?? phrase
}

/**
 * The office a source's words are, whole ("The Tory leader" → "tory leader", "the premier" → "prime minister"), or
 * nothing for other words ("the Scottish Executive", "the prime minister's spokesman").
 * @example officeOf('The chancellor') // 'chancellor'
 */
export function officeOf(words: string): string | undefined {
  const trimmed = words.trim()
  for (const match of trimmed.matchAll(OFFICE))
    if (match.index === 0 && match[0].length === trimmed.length) return officePhrase(match[1] as string)
  return undefined
}

/** Who holds each office, and who the article names beside each office as someone else. */
interface Offices {
  holders: Map<string, string>
  others: Map<string, Set<string>>
}

const cache = new WeakMap<Discourse, Offices>()

/**
 * Who holds each office the article describes, read over all its mentions at once: each mention votes for the
 * people in view there (see salienceScores), and offices go to people in order of their votes, one office per
 * person and one person per office. "Mr Blair … The prime minister said … the chancellor told reporters" gives the
 * prime minister to Blair however near Mr Brown is, and then the chancellor to Mr Brown, not Blair. A mention right
 * before a name ("the prime minister, Tony Blair") is that name, and counts as it.
 * @example officeHolders(discourse).get('chancellor') // 'person:gordon-brown'
 */
export function officeHolders(discourse: Discourse): Map<string, string> {
  return readOffices(discourse).holders
}

/**
 * The people an article names beside an office as someone else (see namedBeside): "the prime minister told Mr
 * Brown" puts Mr Brown here for "prime minister", whoever is nearest to a later "the prime minister said".
 * @example namedAsOther(discourse, 'prime minister').has('person:gordon-brown') // true
 */
export function namedAsOther(discourse: Discourse, phrase: string): ReadonlySet<string> {
  return readOffices(discourse).others.get(phrase) ?? new Set()
}

function readOffices(discourse: Discourse): Offices {
  const known = cache.get(discourse)
  if (known) return known
  const { view } = discourse.parsed
  const votes = new Map<string, Map<string, number>>()
  const others = new Map<string, Set<string>>()
  for (const match of view.matchAll(OFFICE)) {
    const phrase = officePhrase(match[1] as string)
    if (
      otherOffices(phrase).length > 0 ||
      otherOffices(view.slice(Math.max(0, match.index - 12), match.index)).length > 0
    )
      continue
    const tally = votes.get(phrase) ?? new Map<string, number>()
    votes.set(phrase, tally)
    const office = { start: match.index, end: match.index + match[0].length }
    const apart = others.get(phrase) ?? new Set<string>()
    others.set(phrase, apart)
    for (const person of namedBeside(discourse, office)) apart.add(person)
    const named = nameRightAfter(discourse, match.index + match[0].length)
    if (named) {
      tally.set(named, (tally.get(named) ?? 0) + NAMED_VOTE)
      continue
    }
    // Who spoke is left out: "Mr Cable said … The chancellor insisted" is no vote for Mr Cable.
    const mayHold = mayHoldOffice(phrase)
    const scores = salienceScores(discourse, match.index, [], OFFICE_WINDOW, undefined, mayHold)
    const best = Math.max(0, ...scores.values())
    if (best <= 0) continue
    for (const [actor, score] of scores) tally.set(actor, (tally.get(actor) ?? 0) + score / best)
  }
  const pairs = [...votes].flatMap(([phrase, tally]) =>
    [...tally].map(([actor, vote]) => ({ phrase, actor, vote })),
  )
  pairs.sort((a, b) => b.vote - a.vote)
  const holders = new Map<string, string>()
  const held = new Set<string>()
  for (const { phrase, actor } of pairs) {
    if (holders.has(phrase) || held.has(actor) || others.get(phrase)?.has(actor)) continue
    holders.set(phrase, actor)
    held.add(actor)
  }
  const offices = { holders, others }
  cache.set(discourse, offices)
  return offices
}

/**
 * Whether a person may hold an office: no role the text gives them, or a role that is the office ("Tory leader" for
 * "the Tory leader", "Chancellor" or "Chancellor of the Exchequer" for "the chancellor"), never another holder's.
 * @example mayHoldOffice('chancellor')(actor) // true for a role "Chancellor of the Exchequer" or none, false for "Home Secretary"
 */
export function mayHoldOffice(phrase: string): (actor: Actor) => boolean {
  const words = phrase.split(' ')
  const head = words.at(-1) as string
  return (actor) => {
    if (actor.role === undefined) return true
    const role = officePhrase(actor.role)
    if (otherOffices(role).length > 0) return false
    if (role === phrase || role.endsWith(` ${phrase}`)) return true
    // A bare office ("the chancellor") fits a role with more words around its head ("Chancellor of the Exchequer").
    return words.length === 1 && role.split(' ').includes(head)
  }
}

/**
 * The person named right after an office's words ("the prime minister, Tony Blair,", "the chancellor Gordon Brown").
 * After a comma the name must close its aside: in "he did not trust the prime minister, Mr Brown replied" the name
 * opens the next clause.
 */
function nameRightAfter(discourse: Discourse, end: number): string | undefined {
  const { anchors, parsed } = discourse
  const gap = /^,?\s{1,2}/.exec(parsed.view.slice(end, end + 3))?.[0]
  if (gap === undefined) return undefined
  const anchor = anchors[countStartingBefore(anchors, end + gap.length)] as Anchor | undefined
  if (anchor?.start !== end + gap.length || anchor.kind !== 'person' || anchor.form !== 'name')
    return undefined
  if (gap.startsWith(',') && !/^(?:\s*[,.;:)]|\s*$)/.test(parsed.view.slice(anchor.end, anchor.end + 2)))
    return undefined
  return anchor.actor
}

// Words that make a name and an office one person: "Tony Blair, who became the prime minister", "the chancellor is
// Gordon Brown", "Mr Brown as chancellor".
const SAME_PERSON = /\b(?:is|was|be|been|being|became|becomes|become|remains|remained|as|who|whom)\b/i
// What lies between an office and a name that is someone else: a verb of at most three words ("the prime minister
// told Mr Brown", "Mr Brown had told the chancellor"), or "and" ("the prime minister and Mr Brown").
const OTHER_PARTY = /^\s*(?:[\p{Ll}'\u2019-]+\s+){1,3}$/u

/**
 * The people an office's sentence names as someone else: "the prime minister told Mr Brown", "accused the prime
 * minister and Mr Brown", "Mr Brown told reporters: 'I trust the prime minister'" — Mr Brown is not the prime
 * minister. Only a name linked to the office by a short verb or "and", or the name nearest a quote that names it;
 * not one tied to it by a copula or a relative ("Ed Vale, who became the chancellor"), nor a possessive, nor a
 * name further off ("the prime minister should act, but Mr Blair …" may be the same man).
 */
function namedBeside(discourse: Discourse, office: Span): string[] {
  const { anchors, parsed, quoted } = discourse
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, office.start)]
  if (!sentence) return []
  const officeQuoted = insideQuote(quoted, office)
  const found: string[] = []
  // The speaker of a quote that names the office: the last name outside quotes before it, or the first after it.
  let before: string | undefined
  let after: string | undefined
  for (let i = countStartingBefore(anchors, sentence.start); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= sentence.end) break
    if (anchor.kind !== 'person' || anchor.form !== 'name') continue
    if (anchor.end > office.start && anchor.start < office.end) continue
    if (/^['\u2019]s?\b/.test(parsed.view.slice(anchor.end, anchor.end + 3))) continue
    const nameQuoted = insideQuote(quoted, anchor)
    if (officeQuoted && !nameQuoted) {
      if (anchor.end <= office.start) before = anchor.actor
      else after ??= anchor.actor
      continue
    }
    if (nameQuoted !== officeQuoted) continue
    const between =
      anchor.end <= office.start
        ? parsed.view.slice(anchor.end, office.start)
        : parsed.view.slice(office.end, anchor.start)
    if (SAME_PERSON.test(between)) continue
    if (OTHER_PARTY.test(between)) found.push(anchor.actor)
  }
  const speaker = before ?? after
  if (speaker) found.push(speaker)
  return found
}
