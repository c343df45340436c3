import { type ApiClient, ApiError } from './api-client.ts'
import type { ArticleSummary, Page } from './api-types.ts'

/** The actor an article list is filtered by, as found: its canonical id and name, or null when there is none. */
export type ArticleListActor = { id: string; name: string } | null

/** One page of an article list and the actor it was narrowed to (undefined when it was not). */
export interface ArticleList {
  actor?: ArticleListActor
  page: Page<ArticleSummary>
}

/** The filters of the article list page. */
export interface ArticleListFilter {
  q?: string | undefined
  actor?: string | undefined
  cursor?: string | undefined
}

const EMPTY_PAGE: Page<ArticleSummary> = { items: [], nextCursor: null }

/**
 * Finds the actor an article list names. The API answers a merged actor's old id with the actor it was merged
 * into, so a link made before the merge lists the canonical actor's articles; an id with no actor is null.
 * @example await findListActor('person:trump', api) // { id: 'person:donald-trump', name: 'Donald Trump' }
 */
export async function findListActor(
  id: string | undefined,
  api: Pick<ApiClient, 'getActor'>,
): Promise<ArticleListActor | undefined> {
  if (!id) return undefined
  try {
    const actor = await api.getActor(id)
    return { id: actor.id, name: actor.name }
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'not-found' || error.code === 'bad-request')) return null
    throw error
  }
}

/**
 * Loads one page of the article list: with `actor`, only the articles that name that actor (none when no
 * actor has that id, rather than every article).
 * @example await loadArticleList({ actor: 'person:ann-lee' }, api) // { actor: { id, name }, page }
 */
export async function loadArticleList(
  filter: ArticleListFilter,
  api: Pick<ApiClient, 'getActor' | 'listArticles'>,
  limit = 20,
): Promise<ArticleList> {
  const actor = await findListActor(filter.actor, api)
  if (actor === null) return { actor, page: EMPTY_PAGE }
  const page = await api.listArticles({ q: filter.q, actor: actor?.id, cursor: filter.cursor, limit })
  return actor ? { actor, page } : { page }
}
