// The stored rows of one article under identity per article (`identity-article.ts`): when a lone word of the
// article goes to another canonical actor in that article alone, its mentions, article link, statements (and
// their views), stances and the counts of both actors follow, while the article's other actors stay.
import type { Actor } from '@whosaid/core'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { articleCanonical } from './article-canonical.ts'
import { mentionRows, recount, recountStances } from './curation.ts'
import { queryRows, type Tx } from './database.ts'
import { refreshFacts } from './evidence.ts'
import {
  actorEvidence,
  actorIdentities,
  articleActors,
  articleIdentities,
  articles,
  mentions,
} from './schema.ts'
import { refreshViews, type StatementKey } from './statement-views.ts'

/** An extracted id of one article whose stored rows move from canonical actor `from` to `into`. */
export type ArticleMove = { articleId: string; id: string; from: string; into: string }

/**
 * The name forms of an actor as its articles' rows stand: the names of the ids it stands for store-wide, but in
 * the articles where a per-article row sends them elsewhere, and of the ids such rows send to it. Most articles
 * first, the latest breaking ties (as `nameForms`).
 */
export async function standingNameForms(tx: Tx, id: string): Promise<string[]> {
  const rows = await queryRows<{ value: string }>(
    tx,
    sql`select e.value from (
        select e.value, e.article_id, e.dated_at from ${actorEvidence} e
          join ${actorIdentities} i on i.actor_id = e.extracted_id
          where i.canonical_id = ${id} and e.field = 'name' and not exists (select 1 from ${articleIdentities} x
            where x.article_id = e.article_id and x.extracted_id = e.extracted_id)
        union all
        select e.value, e.article_id, e.dated_at from ${articleIdentities} x
          join ${actorEvidence} e on e.extracted_id = x.extracted_id and e.article_id = x.article_id
          where x.canonical_id = ${id} and e.field = 'name') e
      group by e.value order by count(distinct e.article_id) desc, max(e.dated_at) desc, e.value`,
  )
  return rows.map(({ value }) => value)
}

/**
 * Rewrites one stored article's rows after its per-article identities changed (`moves`, already recorded): the
 * mentions and article links of the actors involved are derived again from the analysis, the moved ids'
 * statements point at their new actor, and the actors' counts, stances, facts and views are recomputed. Work is
 * proportional to the article and to the two actors' rows.
 */
export async function moveArticleRows(
  tx: Tx,
  articleId: string,
  moves: readonly ArticleMove[],
): Promise<void> {
  if (moves.length === 0) return
  const [article] = await tx
    .select({ actors: sql<Actor[]>`${articles.analysis}->'actors'` })
    .from(articles)
    .where(eq(articles.id, articleId))
  // A new article is not stored yet: its own transaction writes its rows under the recorded identities.
  if (!article) return
  const involved = [...new Set(moves.flatMap(({ from, into }) => [from, into]))].sort()
  const canonical = await articleCanonical(
    tx,
    articleId,
    article.actors.map((actor) => actor.id),
  )
  const to = (id: string) => canonical.get(id) ?? id
  const list = article.actors.filter((actor) => involved.includes(to(actor.id)))
  await tx.delete(mentions).where(and(eq(mentions.articleId, articleId), inArray(mentions.actorId, involved)))
  const rows = mentionRows(articleId, list, to)
  if (rows.length > 0) await tx.insert(mentions).values(rows).onConflictDoNothing()
  await tx
    .delete(articleActors)
    .where(and(eq(articleActors.articleId, articleId), inArray(articleActors.actorId, involved)))
  const linked = [...new Set(list.map((actor) => to(actor.id)))].sort()
  if (linked.length > 0)
    await tx
      .insert(articleActors)
      .values(linked.map((actorId) => ({ articleId, actorId })))
      .onConflictDoNothing()
  await tx.execute(sql`update ${articles}
    set actor_count = (select count(*)::int from ${articleActors} where article_id = ${articleId})
    where id = ${articleId}`)
  const moved: StatementKey[] = []
  for (const { id, into } of moves) {
    moved.push(
      ...(await queryRows<StatementKey>(
        tx,
        sql`update statements set speaker_id = ${into}
          where article_id = ${articleId} and (data->>'speaker') = ${id} and speaker_id is distinct from ${into}
          returning article_id as "articleId", id`,
      )),
      ...(await queryRows<StatementKey>(
        tx,
        sql`update statements set target_id = ${into}
          where article_id = ${articleId} and (data->'stance'->>'target') = ${id}
            and target_id is distinct from ${into}
          returning article_id as "articleId", id`,
      )),
    )
  }
  await recountStances(tx, involved)
  for (const id of involved) await recount(tx, id)
  await refreshFacts(tx, involved)
  await refreshViews(tx, moved)
}
