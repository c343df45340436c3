import type { Actor } from '../../schemas/actor.ts'
import type { Anchor } from './anchors.ts'

/**
 * The country an article is set in: the country actor it names most often (by name, demonym or capital), when one
 * is named more than any other. Its own people speak of it as the place they live in ("Britain will be isolated",
 * "it gives Britain a bad name"), not as a side they take against.
 * @example homeCountry(anchors, actors) // 'country:united-kingdom' for a BBC politics article
 */
export function homeCountry(anchors: readonly Anchor[], actors: readonly Actor[]): string | undefined {
  const countries = new Set(actors.filter((actor) => actor.kind === 'country').map((actor) => actor.id))
  const counts = new Map<string, number>()
  for (const anchor of anchors)
    if (countries.has(anchor.actor)) counts.set(anchor.actor, (counts.get(anchor.actor) ?? 0) + 1)
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  return first && (!second || second[1] < first[1]) ? first[0] : undefined
}
