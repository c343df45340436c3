import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import { otherOffice } from './other-office.ts'
import { partiesOf } from './stance-parties.ts'

// Roles only the government gives: "Home Secretary", "Chancellor", "Health Minister" (not "shadow …", "former …");
// not a party's or an office's own secretary ("press secretary"), nor a devolved government's head ("first minister").
const MINISTERIAL =
  /^(?:(?!(?:general|press|party|private|permanent) |(?:first|chief) minister)[a-z]+ )?(?:prime minister|minister|chancellor|secretary|premier|taoiseach)$/i

// Words right before a party member's name that put the party in opposition: "Tory shadow chancellor Ann Vale",
// "Green leader Ann Vale" (in a parliament the governing party's leader is titled by office, unless a minister).
const SHADOW_BEFORE = /\bshadow(?:\s+[\p{L}-]+){0,4}\s+$/iu
const LEADER_BEFORE = /\bleader,?\s+$/i
// A leader below the party's head, or of a nation's or a council's branch, says nothing of the party in parliament:
// "Welsh Labour leader Ann Vale", "Tory council leader", "Labour's deputy leader".
const BRANCH_LEADER_BEFORE =
  /\b(?:welsh|scottish|wales|scotland|irish|ireland|assembly|holyrood|senedd|stormont|council|group|deputy|local|regional|county|city|borough|youth)(?:\s+[\p{L}'\u2019-]+){0,3}\s+leader,?\s+$/iu
// A party's speaker on a field of policy is its shadow in all but name: "Lib Dem home affairs spokesman Ann Vale";
// not its own press officer ("a Labour party spokesman").
const PORTFOLIO_SPOKESMAN_BEFORE =
  /\b(?!(?:party|press|campaign|election|official)\b)[a-z]+(?: [a-z]+){0,2} spokes(?:man|woman|person),? $/
// "the opposition Conservatives", "the main opposition party, Labour".
const OPPOSITION_BEFORE = /\bopposition(?:\s+party,?)?\s+$/i

/**
 * The party in office where a minister is in the article and every party it names (three at least) but one shows
 * itself in opposition: a member holds a shadow office or speaks for a field of policy, a member who holds no
 * ministry leads it ("Tory leader Ann Vale"), or it is called the opposition. The one party left governs; where
 * none or several are left, the article does not say.
 * @example governingByElimination(parsed, actors) // 'organization:labour-party'
 */
export function governingByElimination(parsed: ParsedArticle, actors: readonly Actor[]): string | undefined {
  const ministers = actors.filter(
    (actor) =>
      actor.kind === 'person' && MINISTERIAL.test(actor.role?.trim() ?? '') && !otherOffice(actor.role ?? ''),
  )
  if (ministers.length === 0) return undefined
  const partyOf = partiesOf(parsed, actors)
  const parties = [...partyOf].filter(([id, party]) => id === party).map(([id]) => id)
  // With only two parties named, the one in office may be neither ("the Tories and the Lib Dems said …").
  if (parties.length < 3) return undefined
  const opposition = new Set<string>()
  const { view } = parsed
  for (const actor of actors) {
    const party = partyOf.get(actor.id)
    if (party === undefined) continue
    const before = (start: number) => view.slice(Math.max(0, start - 60), start)
    if (actor.id === party) {
      if (actor.mentions.some((mention) => OPPOSITION_BEFORE.test(before(mention.start))))
        opposition.add(party)
      continue
    }
    if (actor.kind !== 'person') continue
    if (/\bshadow\b/i.test(actor.role ?? '')) opposition.add(party)
    for (const mention of actor.mentions) {
      const words = before(mention.start)
      if (
        SHADOW_BEFORE.test(words) ||
        PORTFOLIO_SPOKESMAN_BEFORE.test(words) ||
        (!ministers.some((minister) => minister.id === actor.id) &&
          LEADER_BEFORE.test(words) &&
          !BRANCH_LEADER_BEFORE.test(words))
      )
        opposition.add(party)
    }
  }
  // A minister who belongs to a party keeps it in office, whatever else the article says of it.
  const inOffice = new Set(
    ministers.map((actor) => partyOf.get(actor.id)).filter((party) => party !== undefined),
  )
  const left = parties.filter((party) => inOffice.has(party) || !opposition.has(party))
  return left.length === 1 && opposition.size > 0 ? left[0] : undefined
}
