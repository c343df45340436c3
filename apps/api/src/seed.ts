import { existsSync } from 'node:fs'
import { countArticles, type IngestSummary, ingestFiles, listTextFiles, type Store } from '@whosaid/store'

/**
 * Ingests the `*.txt` articles of a folder when the store holds no article yet; returns what it did, or null.
 * @example await seedIfEmpty(store, 'seeds')
 */
export async function seedIfEmpty(store: Store, folder: string): Promise<IngestSummary | null> {
  if (!existsSync(folder) || (await countArticles(store)) > 0) return null
  return ingestFiles(store, await listTextFiles([folder]))
}
