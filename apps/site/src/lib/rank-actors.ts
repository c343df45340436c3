import type { ActorSummary } from './api-types.ts'

/**
 * Picks the most-quoted actors: most statements first, then most articles, then by name.
 * @example mostQuoted(page.items, 10)[0].name
 */
export function mostQuoted(actors: readonly ActorSummary[], count: number): ActorSummary[] {
  return actors
    .filter((actor) => actor.statementCount > 0)
    .sort(
      (a, b) =>
        b.statementCount - a.statementCount ||
        b.articleCount - a.articleCount ||
        a.name.localeCompare(b.name),
    )
    .slice(0, count)
}
