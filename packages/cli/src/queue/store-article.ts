import { hashText } from '@whosaid/core/io'
import { getArticle, type Store, storeAnalysis } from '@whosaid/store'
import type { ArticleInput } from '../ingest-task.ts'
import type { AnalysisPool } from '../pool/analysis-pool.ts'

/**
 * Stores one article as the store's `ingestArticle` does, with the analysis on a pool thread: a text already
 * stored (its id is the hash of the text) is left alone, so a retried job never stores an article twice; the
 * store writes an article with its actors and statements in one transaction, so a killed worker leaves none
 * of it behind. `retries` counts the store's re-runs of its write (lost races).
 * @example const { created } = await storeArticle(store, pool, { label, text, meta: {} })
 */
export async function storeArticle(
  store: Store,
  pool: AnalysisPool,
  article: ArticleInput,
): Promise<{ created: boolean; articleId: string; retries: number }> {
  const articleId = `a_${hashText(article.text)}`
  if (await getArticle(store, articleId)) return { created: false, articleId, retries: 0 }
  // The analysis is handed on in a callback, not awaited here: a value awaited in an async function stays alive
  // until the function returns, and the analysis as the pool gave it (the store checks and writes a copy) would
  // be held through the whole write.
  const { created, retries } = await pool
    .analyze(article.text, article.meta)
    .then((analysis) => storeAnalysis(store, analysis))
  return { created, articleId, retries }
}
