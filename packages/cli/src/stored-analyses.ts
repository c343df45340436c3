import type { Analysis } from '@whosaid/core'
import { getArticle, listArticles, MAX_LIMIT, type Store, StoredAnalysisSchema } from '@whosaid/store'

/**
 * Every article the store holds, newest first, one full analysis at a time: pages through the article list
 * with its cursor, so that memory holds one page of summaries and one analysis, whatever the store's size.
 * Each is laid out as `analyze` lays it out, so that exporting the store prints what exporting the files would.
 * @example for await (const analysis of storedAnalyses(store)) write(formatNdjson(analysis))
 */
export async function* storedAnalyses(store: Store): AsyncGenerator<Analysis> {
  let cursor: string | undefined
  do {
    const page = await listArticles(store, { limit: MAX_LIMIT, cursor })
    for (const summary of page.items) {
      // An article deleted while the export runs is left out.
      const stored = await getArticle(store, summary.id)
      if (stored) yield canonical(stored)
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined)
}

// The database keeps analyses as jsonb, which reorders keys; parsing with the schema puts them back in the
// schema's order, keeps the store's canonical actor ids with the extracted ones beside them (extractedId,
// extractedSpeaker, extractedTarget), and leaves out the store's own ingestedAt.
function canonical(stored: Analysis): Analysis {
  const parsed = StoredAnalysisSchema.safeParse(stored)
  if (!parsed.success) return stored
  const { ingestedAt: _ingestedAt, ...analysis } = parsed.data
  return analysis
}
