// A person's role or affiliation changed by a later article (`refreshFacts`, the best supported value) changes
// which lone-word articles that person fits (a lone word joins no person whose role or affiliation contradicts
// what its article states): those articles are decided again, as a registry import decides them after it
// changes a bearer (`registry-reach.ts`), so that any order of the same articles gives the same rows.
import { sql } from 'drizzle-orm'
import { queryRows, type Store, sqlAny, type Tx, textArrayLiteral } from './database.ts'
import { isDatabaseFailure, retryingRaces } from './errors.ts'
import { kindGroup, lockNames, loneWordOf } from './identity.ts'
import { type DecideWork, decideWordsAgain } from './identity-article.ts'
import type { ArticleMove } from './identity-article-rows.ts'
import { windowWords } from './identity-dated.ts'
import { factsReach, readWordBearers, wordsStandingAlone } from './registry-reach.ts'
import { actors, factSettlesOwed } from './schema.ts'

/**
 * Records, in the article's own transaction, the persons whose role or affiliation its write changed: the debt
 * `settleOwedFacts` pays in a transaction of its own, so that a failure between the two is seen and paid later.
 * @example await oweFactSettles(tx, 'a_1f…', ['person:harold-bloggs'])
 */
export async function oweFactSettles(tx: Tx, articleId: string, changed: readonly string[]): Promise<void> {
  if (changed.length === 0) return
  await tx.execute(sql`insert into ${factSettlesOwed} (article_id, actor_id)
    select ${articleId}, id from unnest(${textArrayLiteral(changed)}::text[]) as id order by id
    on conflict do nothing`)
}

/**
 * Decides again, in a transaction of its own, the per-article decisions of the lone words that the persons owed
 * by `articles` (`fact_settles_owed`: canonical ids whose role or affiliation those articles' writes changed; every
 * owed one for 'all') bear as a surname or given name: only words with a lone word standing on its own, only the
 * articles within those persons' windows. Deletes what it pays in that transaction, so a failure leaves it owed.
 * Takes the words' keys exclusively first, as a curation or an import does. Answers the moves; `work` counts what
 * was read.
 * @example await settleOwedFacts(store, ['a_1f…'])
 */
export async function settleOwedFacts(
  store: Store,
  articles: readonly string[] | 'all',
  work?: DecideWork,
): Promise<ArticleMove[]> {
  if (articles !== 'all' && articles.length === 0) return []
  return retryingRaces(() =>
    store.db.transaction(async (tx) => {
      const which = articles === 'all' ? sql`true` : sql`article_id = ${sqlAny(articles)}`
      // Locked in key order before they go, so two payers of one debt wait for each other, never deadlock.
      const owed = await queryRows<{ actor_id: string }>(
        tx,
        sql`with held as (select article_id, actor_id from ${factSettlesOwed} where ${which}
              order by article_id, actor_id for update)
            delete from ${factSettlesOwed} o using held
            where o.article_id = held.article_id and o.actor_id = held.actor_id
            returning o.actor_id`,
      )
      const changed = [...new Set(owed.map(({ actor_id }) => actor_id))].sort()
      if (changed.length === 0) return []
      const persons = (
        await queryRows<{ name: string; kind: string }>(
          tx,
          sql`select name, kind from ${actors} where id = ${sqlAny(changed)} order by id`,
        )
      ).filter(({ name, kind }) => kindGroup(kind) === 'p' && loneWordOf(name) === undefined)
      const words = windowWords({ actors: persons })
      if (words.length === 0) return []
      // The persons' keys hold every word key of their words already (`lookupKeys` adds each form, s:, g:,
      // short:); the words add only their exact key (n:), the one a curation of a registered lone word holds.
      await lockNames(tx, [...persons, ...words.map((word) => ({ name: word, kind: 'person' }))], 'exclusive')
      const standing = await wordsStandingAlone(tx, words)
      const reach = factsReach(await readWordBearers(tx, standing, work), new Set(changed))
      return decideWordsAgain(tx, [...reach.keys()], { reach, ...(work ? { work } : {}) })
    }),
  )
}

/** Told of an article whose owed decisions failed again: they stay owed, for the next payer. */
export type DebtReporter = (articleId: string, error: unknown) => void

/** The default reporter: a warning on stderr, since a failed payment is not the caller's failure. */
export const warnDebt: DebtReporter = (articleId, error) =>
  console.warn(
    `whosaid: the lone-word decisions ${articleId} owes failed and stay owed (${error instanceof Error ? error.message : String(error)})`,
  )

/**
 * Pays what `articles` owe (every article that owes, for 'all'), each article in a transaction of its own
 * (`settleOwedFacts`), so that one whose payment keeps failing neither throws nor keeps the others unpaid: it is
 * told to `report` and stays owed. Answers the ids of the articles whose payment failed. An error that is not the
 * database's (`isDatabaseFailure`: a bug) is thrown.
 * @example await payOwedFacts(store, 'all') // []
 */
export async function payOwedFacts(
  store: Store,
  articles: readonly string[] | 'all',
  report: DebtReporter = warnDebt,
): Promise<string[]> {
  const ids =
    articles === 'all'
      ? (
          await queryRows<{ id: string }>(
            store.db,
            sql`select distinct article_id as id from ${factSettlesOwed} order by article_id`,
          )
        ).map(({ id }) => id)
      : articles
  const failed: string[] = []
  for (const id of ids) {
    try {
      await settleOwedFacts(store, [id])
    } catch (error) {
      // A bug is no debt to pay later: only what the database refused stays owed.
      if (!isDatabaseFailure(error)) throw error
      report(id, error)
      failed.push(id)
    }
  }
  return failed
}
