import type { RelationView } from './api-types.ts'

/** The stances between an actor and one other actor, strongest first. */
export interface StanceGroup {
  id: string
  name: string
  total: number
  edges: RelationView[]
}

/**
 * Groups an actor's edges by the other actor (`target` for its own stances, `source` for stances toward it),
 * the most statements first.
 * @example groupStances(actor.stances, 'target')[0] // { name: 'United States', total: 3, edges: [oppose ×2, demand ×1] }
 */
export function groupStances(edges: readonly RelationView[], other: 'source' | 'target'): StanceGroup[] {
  const groups = new Map<string, StanceGroup>()
  for (const edge of edges) {
    const id = edge[other]
    const name = other === 'source' ? edge.sourceName : edge.targetName
    const group = groups.get(id) ?? { id, name, total: 0, edges: [] }
    group.total += edge.count
    group.edges.push(edge)
    groups.set(id, group)
  }
  for (const group of groups.values())
    group.edges.sort((a, b) => b.count - a.count || a.polarity.localeCompare(b.polarity))
  return [...groups.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
}
