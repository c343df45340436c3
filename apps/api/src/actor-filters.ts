import { type Store, storedActorId } from '@whosaid/store/edge'

/** The query parameters of the list routes that name an actor. */
const ACTOR_KEYS = ['speaker', 'target', 'actor'] as const

type ActorKeys = Partial<Record<(typeof ACTOR_KEYS)[number], string | undefined>>

/**
 * A list query with each actor id it filters by (`speaker`, `target`, `actor`) replaced by the id the store
 * keeps that actor's rows under: an old id, merged into another actor, filters by its canonical actor.
 * @example await withStoredActorIds(store, { speaker: 'person:meadows' }) // { speaker: 'person:mark-meadows' }
 */
export async function withStoredActorIds<Filter extends ActorKeys>(
  store: Store,
  filter: Filter,
): Promise<Filter> {
  const resolved = { ...filter }
  for (const key of ACTOR_KEYS) {
    const id = filter[key]
    if (id) resolved[key] = (await storedActorId(store, id)) as Filter[typeof key]
  }
  return resolved
}
