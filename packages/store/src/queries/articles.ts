import type { Analysis } from '@whosaid/core'
import { eq, fillPlaceholders, sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { z } from 'zod'
import { actorIdsOf, canonicalAnalysis } from '../canonical-analysis.ts'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import { type Store, textArrayLiteral } from '../database.ts'
import { actorIdentities, actors, articleIdentities, articles } from '../schema.ts'
import type { ArticleSummary, Page, StoredAnalysis } from '../views.ts'
import { allOf, clampLimit, type DateRange, dateConditions, isoOf, splitPage, textMatch } from './filters.ts'
import { textOf } from './json-text.ts'
import { preparedQuery } from './prepared.ts'

/** Filters of the article list; all optional. */
export type ArticleFilter = DateRange & {
  /** Full-text search over title and text. */
  q?: string | undefined
  /** Only articles that name this actor id. */
  actor?: string | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** The sort key of an article list: newest first, then by id. */
const ArticleCursorSchema = z.tuple([z.iso.datetime(), z.string()])

/** The columns of an ArticleSummary. */
export const articleSummaryColumns = {
  id: articles.id,
  title: articles.title,
  dateline: articles.dateline,
  url: articles.url,
  source: articles.source,
  language: articles.language,
  publishedAt: isoOf(articles.publishedAt),
  ingestedAt: isoOf(articles.ingestedAt),
  datedAt: isoOf(articles.datedAt),
  excerpt: articles.excerpt,
  actorCount: articles.actorCount,
  statementCount: articles.statementCount,
}

/** One selected article row. */
type ArticleRow = {
  id: string
  title: string | null
  dateline: string | null
  url: string | null
  source: string | null
  language: string | null
  publishedAt: string | null
  ingestedAt: string
  excerpt: string
  actorCount: number
  statementCount: number
}

/** An article row as an ArticleSummary, leaving out what it does not have. */
export function toArticleSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    dateline: row.dateline,
    ...(row.url === null ? {} : { url: row.url }),
    ...(row.source === null ? {} : { source: row.source }),
    ...(row.language === null ? {} : { language: row.language }),
    ...(row.publishedAt === null ? {} : { publishedAt: row.publishedAt }),
    ingestedAt: row.ingestedAt,
    excerpt: row.excerpt,
    actorCount: row.actorCount,
    statementCount: row.statementCount,
  }
}

/**
 * Lists articles, newest first (by publishedAt, or else ingestedAt), filtered and paged by cursor.
 * @example const { items, nextCursor } = await listArticles(store, { q: 'sanctions', limit: 10 })
 */
export async function listArticles(store: Store, filter: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
  const limit = clampLimit(filter.limit)
  const conditions = dateConditions(articles.datedAt, filter)
  if (filter.q) conditions.push(textMatch(articles.search, filter.q))
  if (filter.actor) {
    conditions.push(
      sql`exists (select 1 from article_actors where article_actors.article_id = ${articles.id} and article_actors.actor_id = ${filter.actor})`,
    )
  }
  if (filter.cursor) {
    const [datedAt, id] = decodeCursor(filter.cursor, ArticleCursorSchema)
    conditions.push(sql`(${articles.datedAt}, ${articles.id}) < (${datedAt}::timestamptz, ${id})`)
  }
  const fetched = await store.db
    .select(articleSummaryColumns)
    .from(articles)
    .where(allOf(conditions))
    .orderBy(sql`${articles.datedAt} desc nulls last`, sql`${articles.id} desc nulls last`)
    // Prepared: postgres.js keeps it per connection, so PostgreSQL plans each query shape once (planning
    // cost more than running these). PGlite ignores the name.
    .limit(limit + 1)
    .prepare('list_articles')
    .execute()
  const { rows, more } = splitPage(fetched, limit)
  const last = rows.at(-1)
  return {
    items: rows.map(toArticleSummary),
    nextCursor: more && last ? encodeCursor([last.datedAt, last.id]) : null,
  }
}

/** An article's actor ids as the store answers them: each one's canonical id and Wikidata item. */
type ArticleIdentities = { canonical: Map<string, string>; wikidata: Map<string, string> }

/**
 * The canonical id of each of `ids` that the store knows as another actor in article `articleId` (its row of
 * identity per article, `identity-article.ts`, first, else its store-wide one: as `articleCanonical` reads
 * them), and the Wikidata item of each canonical actor that has one (a registered actor's). One prepared
 * query, where reading the two apart took two unprepared ones, each built and planned on every request.
 */
async function articleIdentitiesOf(
  store: Store,
  articleId: string,
  ids: readonly string[],
): Promise<ArticleIdentities> {
  const found: ArticleIdentities = { canonical: new Map(), wikidata: new Map() }
  if (ids.length === 0) return found
  const query = preparedQuery(store.db, 'article_identities', () =>
    new PgDialect().sqlToQuery(sql`select e.id, coalesce(x.canonical_id, i.canonical_id), w.wikidata
      from unnest(${sql.placeholder('ids')}::text[]) as e(id)
      left join ${actorIdentities} i on i.actor_id = e.id
      left join ${articleIdentities} x on x.article_id = ${sql.placeholder('articleId')} and x.extracted_id = i.actor_id
      left join ${actors} w on w.id = coalesce(x.canonical_id, i.canonical_id, e.id) and w.wikidata is not null`),
  )
  const rows = await store.queryBytes(
    query.sql,
    fillPlaceholders(query.params, { ids: textArrayLiteral(ids), articleId }),
  )
  for (const [id, canonical, wikidata] of rows) {
    if (!id) continue
    const actorId = textOf(id)
    const into = canonical ? textOf(canonical) : actorId
    if (into !== actorId) found.canonical.set(actorId, into)
    if (wikidata) found.wikidata.set(into, textOf(wikidata))
  }
  return found
}

/**
 * One stored article's full analysis, or null when the store has no article with that id. Its actor ids are
 * the store's canonical ones, the extractor's kept beside them (`extractedId`, `extractedSpeaker`,
 * `extractedTarget`), and an actor with a Wikidata item carries it (`wikidata`).
 * @example const stored = await getArticle(store, 'a_0123456789abcdef')
 */
export async function getArticle(store: Store, id: string): Promise<StoredAnalysis | null> {
  const [row] = await store.db
    .select({ text: articles.text, analysis: articles.analysis, ingestedAt: isoOf(articles.ingestedAt) })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1)
    .prepare('get_article')
    .execute()
  if (!row) return null
  const analysis = row.analysis as Omit<Analysis, 'article'> & { article: Omit<Analysis['article'], 'text'> }
  const stored = { ...analysis, article: { ...analysis.article, text: row.text }, ingestedAt: row.ingestedAt }
  const { canonical, wikidata } = await articleIdentitiesOf(store, id, actorIdsOf(stored))
  return canonicalAnalysis(stored, canonical, wikidata)
}

/**
 * How many articles the store holds.
 * @example if ((await countArticles(store)) === 0) await ingestSeeds()
 */
export async function countArticles(store: Store): Promise<number> {
  const [row] = await store.db.select({ count: sql<number>`count(*)::int` }).from(articles)
  return row?.count ?? 0
}
