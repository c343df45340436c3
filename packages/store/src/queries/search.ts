import type { Store } from '../database.ts'
import type { SearchResult } from '../views.ts'
import { listActors } from './actors.ts'
import { listArticles } from './articles.ts'
import { listStatements } from './statements.ts'

/**
 * Searches articles (full text), actors (name or alias) and statements (full text) at once.
 * @example const { articles, actors, statements } = await searchAll(store, 'sanctions', 5)
 */
export async function searchAll(store: Store, q: string, limit?: number): Promise<SearchResult> {
  const [articles, actors, statements] = await Promise.all([
    listArticles(store, { q, limit }),
    listActors(store, { q, limit }),
    listStatements(store, { q, limit }),
  ])
  return { articles: articles.items, actors: actors.items, statements: statements.items }
}
