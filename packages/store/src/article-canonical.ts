import { sql } from 'drizzle-orm'
import { type Database, queryRows, sqlAny } from './database.ts'
import { actorIdentities, articleIdentities } from './schema.ts'

/**
 * The canonical id of each of an article's extracted ids as its rows stand: its row in `article_identities`
 * (identity per article, `identity-article.ts`), else its store-wide row in `actor_identities`.
 */
export async function articleCanonical(
  db: Database,
  articleId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await queryRows<{ id: string; canonical: string }>(
    db,
    sql`select i.actor_id as id, coalesce(x.canonical_id, i.canonical_id) as canonical
      from ${actorIdentities} i
      left join ${articleIdentities} x on x.article_id = ${articleId} and x.extracted_id = i.actor_id
      where i.actor_id = ${sqlAny(ids)}`,
  )
  return new Map(rows.map(({ id, canonical }) => [id, canonical]))
}
