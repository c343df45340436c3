import { type ApiTarget, checkApi, sendArticle } from './api-client.ts'
import type { ArticleInput } from './ingest-task.ts'

/** Where `ingest` puts each article it reads: the store it opened (see pool/pooled-sink.ts), or a running API. */
export type ArticleSink = {
  /** Stores one article; answers whether it was new. */
  add(article: ArticleInput): Promise<{ created: boolean }>
  close(): Promise<void>
}

/**
 * Articles sent to a running API (`POST /v1/articles`), which analyzes and stores them; resolves once the API
 * answers, so that a server that is not running fails before any input is read.
 * @example const sink = await apiSink(apiTarget('http://127.0.0.1:8787', { timeoutSeconds: 15 }))
 */
export async function apiSink(target: ApiTarget): Promise<ArticleSink> {
  await checkApi(target)
  return { add: (article) => sendArticle(target, article), close: async () => {} }
}
