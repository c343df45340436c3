import { PARTIES } from '../../data/actors/institutions.ts'
import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'

const PARTY_NAMES = new Set(PARTIES.map((party) => party.name))
// "the party" as the body, not as a modifier of another noun ("the party leader", "the party conference"): what
// may follow it is a possessive, a mark, or a preposition, conjunction or auxiliary of a closed class.
const THE_PARTY = /\b[Tt]he party\b/g
const BODY_AFTER =
  /^(?:['\u2019]s\b|[.,;:!?)"'\u201d\u2019]|$| (?:of|for|over|to|and|but|was|is|has|had|would|will|should|must|could|can|have|were|are|did|does|not|itself)\b)/

/** Whether an actor is a political party: one of the known parties, or an organization named "… Party". */
function isParty(actor: Actor): boolean {
  return actor.kind === 'organization' && (PARTY_NAMES.has(actor.name) || / Party$/.test(actor.name))
}

/**
 * "The party" as the one party named by name in its own sentence before it or in the sentence before, so a stance
 * verb's object or a judged subject finds it ("Labour mailed vouchers. Rivals accused the party of bribing pensioners").
 * None where two parties are named there: which one is meant is then a reader's guess; none inside quoted words,
 * where "the party" is most often the speaker's own ("what has upset the party is …").
 * @example partyAnchors(parsed, anchors, actors) // [{ form: 'title', actor: 'organization:labour-party', … }]
 */
export function partyAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
  quoted: readonly Span[],
): Anchor[] {
  const { view, sentences } = parsed
  if (!view.includes('he party')) return []
  const parties = new Set(actors.filter(isParty).map((actor) => actor.id))
  if (parties.size === 0) return []
  const named = anchors.filter((anchor) => anchor.form === 'name' && parties.has(anchor.actor))
  const found: Anchor[] = []
  THE_PARTY.lastIndex = 0
  for (const match of view.matchAll(THE_PARTY)) {
    const start = match.index + 4
    const end = match.index + match[0].length
    if (!BODY_AFTER.test(view.slice(end, end + 8))) continue
    if (quoted.some((quote) => quote.start <= start && end <= quote.end)) continue
    const s = countStartingBefore(sentences, match.index + 1) - 1
    const from = sentences[Math.max(0, s - 1)]?.start ?? 0
    const before = new Set(
      named.flatMap((anchor) => (anchor.start >= from && anchor.end <= match.index ? [anchor.actor] : [])),
    )
    const [party] = before
    if (before.size === 1 && party !== undefined)
      found.push({ start, end, actor: party, kind: 'organization', form: 'title' })
  }
  return found
}
