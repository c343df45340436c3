import type { Relation } from '../schemas/relation.ts'
import type { Statement } from '../schemas/statement.ts'

/**
 * Folds statements with a speaker and a stance into actor → actor edges, one per (speaker, target, polarity).
 * @example deriveRelations(analysis.statements) // [{ source: 'person:sergei-ryabkov', target: 'country:united-states', polarity: 'oppose', count: 2, statements: [...] }]
 */
export function deriveRelations(statements: readonly Statement[]): Relation[] {
  const edges = new Map<string, Relation>()
  for (const statement of statements) {
    const { speaker, stance } = statement
    if (speaker === null || stance === undefined || speaker === stance.target) continue
    const key = `${speaker}\u0000${stance.target}\u0000${stance.polarity}`
    const edge = edges.get(key)
    if (edge) {
      edge.count++
      edge.statements.push(statement.id)
    } else {
      edges.set(key, {
        source: speaker,
        target: stance.target,
        polarity: stance.polarity,
        count: 1,
        statements: [statement.id],
      })
    }
  }
  return [...edges.values()]
}
