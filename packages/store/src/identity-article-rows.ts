// The stored rows of one article under identity per article (`identity-article.ts`): when a lone word of the
// article goes to another canonical actor in that article alone, its mentions, article link, statements (and
// their views), stances and the counts of both actors follow, while the article's other actors stay.
import type { Actor } from '@whosaid/core'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { mentionRows, recount, recountStances } from './actor-recount.ts'
import { articleCanonical } from './article-canonical.ts'
import { queryRows, sqlAny, type Tx } from './database.ts'
import { refreshFacts } from './evidence.ts'
import { actors, articleActors, articleIdentities, articles, mentions } from './schema.ts'
import { refreshViews, type StatementKey } from './statement-views.ts'

/** An extracted id of one article whose stored rows move from canonical actor `from` to `into`. */
export type ArticleMove = { articleId: string; id: string; from: string; into: string }

/**
 * Rewrites the stored rows of each article of `moves` (per-article identities already recorded), article by
 * article in id order (`moveArticleRows`), then recomputes the counts, stances, facts and views of the actors
 * involved once each, their rows locked first in id order, as an article's write upserts them. Work is
 * proportional to the articles and to the actors' rows.
 */
export async function moveArticlesRows(tx: Tx, moves: readonly ArticleMove[]): Promise<void> {
  const involved = new Set<string>()
  const moved: StatementKey[] = []
  for (const [articleId, list] of movesByArticle(moves)) {
    const done = await moveArticleRows(tx, articleId, list)
    if (!done) continue
    for (const id of done.involved) involved.add(id)
    for (const key of done.moved) moved.push(key)
  }
  if (involved.size === 0) return
  const ids = [...involved].sort()
  await tx.execute(sql`select 1 from ${actors} where id = ${sqlAny(ids)} order by id for no key update`)
  await recountStances(tx, ids)
  for (const id of ids) await recount(tx, id)
  await refreshFacts(tx, ids)
  await refreshViews(tx, moved)
}

/**
 * The moves grouped by article, in article id order, each article's in the order given. Each group grows in place:
 * a curation that moves a lone word in thousands of articles, or many words in one, is linear in its moves (a copy
 * of the group per move made it quadratic). Pure.
 * @example movesByArticle([{ articleId: 'a_2', ... }, { articleId: 'a_1', ... }]) // [['a_1', [...]], ['a_2', [...]]]
 */
export function movesByArticle(moves: readonly ArticleMove[]): [string, ArticleMove[]][] {
  const byArticle = new Map<string, ArticleMove[]>()
  for (const move of moves) {
    const list = byArticle.get(move.articleId)
    if (list) list.push(move)
    else byArticle.set(move.articleId, [move])
  }
  return [...byArticle].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * Rewrites one stored article's rows after its per-article identities changed (`moves`): the mentions and article
 * links of the actors involved are derived again from the analysis and the moved ids' statements point at their
 * new actor. Answers the actors involved and the statements moved, for the caller to recount; nothing when the
 * article is not stored yet.
 */
async function moveArticleRows(
  tx: Tx,
  articleId: string,
  moves: readonly ArticleMove[],
): Promise<{ involved: string[]; moved: StatementKey[] } | undefined> {
  if (moves.length === 0) return undefined
  const [article] = await tx
    .select({ actors: sql<Actor[]>`${articles.analysis}->'actors'` })
    .from(articles)
    .where(eq(articles.id, articleId))
  // A new article is not stored yet: its own transaction writes its rows under the recorded identities.
  if (!article) return undefined
  const involved = [...new Set(moves.flatMap(({ from, into }) => [from, into]))].sort()
  const canonical = await articleCanonical(
    tx,
    articleId,
    article.actors.map((actor) => actor.id),
  )
  const to = (id: string) => canonical.get(id) ?? id
  const involvedSet = new Set(involved)
  const list = article.actors.filter((actor) => involvedSet.has(to(actor.id)))
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
  return { involved, moved }
}

/**
 * Puts the articles of `ids` back under their store-wide rows: a curation or an automatic merge decided those ids
 * anew, and a per-article row holds only for a lone word standing on its own. Answers the moves.
 */
export async function clearArticleIdentities(tx: Tx, ids: readonly string[]): Promise<ArticleMove[]> {
  if (ids.length === 0) return []
  const rows = await queryRows<ArticleMove>(
    tx,
    sql`delete from ${articleIdentities} x using actor_identities i
      where x.extracted_id = ${sqlAny(ids)} and i.actor_id = x.extracted_id
      returning x.article_id as "articleId", x.extracted_id as id, x.canonical_id as "from", i.canonical_id as "into"`,
  )
  await moveArticlesRows(tx, rows)
  return rows
}
