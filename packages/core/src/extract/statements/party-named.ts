import { PARTIES } from '../../data/actors/institutions.ts'
import type { Span } from '../../schemas/span.ts'
import { slugify } from '../actors/slug.ts'
import type { Discourse } from './antecedents.ts'

// The ids the actors stage gives political parties: "organization:labour-party".
const PARTY_IDS: ReadonlySet<string> = new Set(PARTIES.map((party) => `organization:${slugify(party.name)}`))

// A nameless voice of "the party": "A party spokesman", "a senior party spokeswoman", "A party official".
const PARTY_VOICE = /^(?:a|an|one|the)\s+(?:senior\s+)?party\s+(?:spokes(?:man|woman|person)|official)$/i

/**
 * The party a nameless "party spokesman" speaks for: the one party the text named before the source ("BNP leader
 * held … A party spokesman said" → the BNP). Undefined when the text named no party or two before it: which of them
 * is not for a look-up to guess.
 * @example partyOfVoice(discourse, source) // 'organization:british-national-party'
 */
export function partyOfVoice(discourse: Discourse, source: Span): string | undefined {
  const words = discourse.parsed.view.slice(source.start, source.end).trim()
  if (!PARTY_VOICE.test(words)) return undefined
  const named = new Set<string>()
  for (const anchor of discourse.anchors) {
    if (anchor.start >= source.start) break
    if (PARTY_IDS.has(anchor.actor) || isNamedParty(discourse, anchor.actor)) named.add(anchor.actor)
  }
  return named.size === 1 ? [...named][0] : undefined
}

/** Whether an actor is a body whose name says it is a party: "the Vale Party". */
function isNamedParty(discourse: Discourse, id: string): boolean {
  const actor = discourse.actors.get(id)
  return actor?.kind === 'organization' && /\bParty$/.test(actor.name)
}
