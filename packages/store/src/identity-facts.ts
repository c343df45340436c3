// A person's role or affiliation changed by a later article (`refreshFacts`, the best supported value) changes
// which lone-word articles that person fits (a lone word joins no person whose role or affiliation contradicts
// what its article states): those articles are decided again, as a registry import decides them after it
// changes a bearer (`registry-reach.ts`), so that any order of the same articles gives the same rows.
import { sql } from 'drizzle-orm'
import { queryRows, type Store, sqlAny } from './database.ts'
import { retryingRaces } from './errors.ts'
import { kindGroup, lockNames, loneWordOf } from './identity.ts'
import { type DecideWork, decideWordsAgain } from './identity-article.ts'
import type { ArticleMove } from './identity-article-rows.ts'
import { windowWords } from './identity-dated.ts'
import { factsReach, readWordBearers, wordsStandingAlone } from './registry-reach.ts'
import { actors } from './schema.ts'

/**
 * Decides again, in a transaction of its own, the per-article decisions of the lone words that the persons
 * `changed` (canonical ids whose role or affiliation an article's write changed) bear as a surname or given name:
 * only words with a lone word standing on its own, only the articles within those persons' windows. Takes the
 * words' keys exclusively first, as a curation or an import does. Answers the moves; `work` counts what was read.
 * @example await settleFactChanges(store, ['person:harold-bloggs'])
 */
export async function settleFactChanges(
  store: Store,
  changed: readonly string[],
  work?: DecideWork,
): Promise<ArticleMove[]> {
  if (changed.length === 0) return []
  return retryingRaces(() =>
    store.db.transaction(async (tx) => {
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
