import type { Store } from '@whosaid/store'
import type { ArticleSink } from '../article-sink.ts'
import { storeArticle } from '../queue/store-article.ts'
import { analysisMemoryLimitMb, analysisTimeLimitMs, createAnalysisPool } from './analysis-pool.ts'

/**
 * Articles analyzed on a pool of `threads` analysis threads and stored in an open store, as `ingest` does over a
 * database it opened: every core analyzes while the main thread reads inputs and writes; `close` stops the
 * threads and closes the store. Each analysis gets the time its largest allowed input (`maxBytes`) needs.
 * @example const sink = pooledSink(await openStore({ dataDir: '.whosaid' }), 2, 5_242_880)
 */
export function pooledSink(store: Store, threads: number, maxBytes: number): ArticleSink {
  const pool = createAnalysisPool({
    threads,
    timeLimitMs: analysisTimeLimitMs(maxBytes),
    memoryLimitMb: analysisMemoryLimitMb(maxBytes),
  })
  return {
    add: async (article) => ({ created: (await storeArticle(store, pool, article)).created }),
    close: async () => {
      await pool.close()
      await store.close()
    },
  }
}
