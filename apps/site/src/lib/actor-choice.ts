import { isNameOf } from './actor-names.ts'
import type { ApiClient } from './api-client.ts'
import type { ActorSummary } from './api-types.ts'
import { findListActor } from './article-filter.ts'
import { isActorId, type ResolvedActor } from './statement-filter.ts'

/**
 * What a name typed into an actor box stands for: the one actor it names (`actor`), or, when several actors
 * match and none is the one, no actor and the `choices` to offer the reader; no actor and no choices when
 * nothing matches.
 */
export interface ActorLookup {
  input: string
  actor: ResolvedActor
  choices: ActorSummary[]
}

/** How many matching actors the box asks for and can offer. */
export const CHOICE_LIMIT = 10

/** Lower-case words of a name without accents. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** True when one of the actor's names has `word` as a whole word ("Clinton" in "Hillary Clinton", not in "Clintonville"). */
function hasNameWord(actor: ActorSummary, word: string): boolean {
  return [actor.name, ...actor.aliases, ...(actor.names ?? [])].some((name) => words(name).includes(word))
}

/**
 * The actors a name could mean among those the API found for it. Several words must be one of an actor's names
 * ("Bill Clinton"); one word may also be a word of its names ("Clinton" means Bill, Hillary and the Clinton
 * Foundation alike). When no actor matches that way, every actor found for the text is a candidate.
 */
export function candidatesFor(input: string, found: readonly ActorSummary[]): ActorSummary[] {
  const exact = found.filter((actor) => isNameOf(actor, input))
  const inputWords = words(input)
  const [word] = inputWords
  const named =
    inputWords.length === 1 && word
      ? [...exact, ...found.filter((actor) => !exact.includes(actor) && hasNameWord(actor, word))]
      : exact
  return named.length > 0 ? named : [...found]
}

/**
 * Finds the actor a filter box means without guessing: an id is looked up for its name (a merged actor's old
 * id gives the actor it was merged into; an id with no actor is kept as it is); a name is looked up through the API, and when it could mean several actors the
 * reader is offered them instead of the first.
 * @example await lookUpActor('Clinton', api) // { input: 'Clinton', actor: null, choices: [Bill Clinton, Hillary Clinton] }
 */
export async function lookUpActor(
  input: string | undefined,
  api: Pick<ApiClient, 'listActors' | 'getActor'>,
): Promise<ActorLookup | undefined> {
  if (!input) return undefined
  // An id no stored actor has may still be a statement's speaker (statements name ids, not rows): kept as is.
  if (isActorId(input))
    return { input, actor: (await findListActor(input, api)) ?? { id: input, name: input }, choices: [] }
  const { items } = await api.listActors({ q: input, limit: CHOICE_LIMIT })
  const candidates = candidatesFor(input, items)
  const [only] = candidates
  if (candidates.length === 1 && only) return { input, actor: { id: only.id, name: only.name }, choices: [] }
  return { input, actor: null, choices: candidates }
}
