import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AnalyzeOptions } from '@whosaid/core'
import type { Store } from './database.ts'
import { errorChain } from './error-chain.ts'
import { ingestArticle } from './ingest.ts'

/** Where a bulk ingest stands after each file. */
export type IngestProgress = {
  done: number
  total: number
  created: number
  existing: number
  failed: number
  /** The file just finished. */
  file: string
}

/** One file that could not be ingested, and why (the error's message and its causes'). */
export type IngestFailure = { file: string; message: string }

/** What a bulk ingest did. */
export type IngestSummary = {
  total: number
  created: number
  existing: number
  failures: IngestFailure[]
  seconds: number
}

/** Options of a bulk ingest. */
export type IngestFilesOptions = {
  /** Files in flight at once (default 4): analysis of one overlaps the database writes of another. */
  concurrency?: number | undefined
  /** Called after each file. */
  onProgress?: ((progress: IngestProgress) => void) | undefined
  /** Metadata for a file (url, publishedAt, source). */
  metaOf?: ((file: string) => AnalyzeOptions) | undefined
}

/**
 * Expands files and folders into the text files to ingest: a folder gives its `*.txt` files, sorted.
 * @example await listTextFiles(['seeds/']) // ['seeds/000_….txt', …]
 */
export async function listTextFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.txt')).sort()
      files.push(...names.map((name) => join(path, name)))
    } else {
      files.push(path)
    }
  }
  return files
}

/**
 * Ingests text files (UTF-8, one article each) with bounded concurrency; a file that fails is reported, not fatal.
 * @example const summary = await ingestFiles(store, await listTextFiles(['seeds/']), { concurrency: 4 })
 */
export async function ingestFiles(
  store: Store,
  files: readonly string[],
  options: IngestFilesOptions = {},
): Promise<IngestSummary> {
  const started = performance.now()
  const progress: IngestProgress = {
    done: 0,
    total: files.length,
    created: 0,
    existing: 0,
    failed: 0,
    file: '',
  }
  const failures: IngestFailure[] = []
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string
      try {
        const text = await readFile(file, 'utf8')
        const { created } = await ingestArticle(store, text, options.metaOf?.(file) ?? {})
        if (created) progress.created++
        else progress.existing++
      } catch (error) {
        progress.failed++
        failures.push({ file, message: errorChain(error) })
      }
      progress.done++
      options.onProgress?.({ ...progress, file })
    }
  }
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 4, files.length || 1))
  await Promise.all(Array.from({ length: concurrency }, worker))
  return {
    total: files.length,
    created: progress.created,
    existing: progress.existing,
    failures,
    seconds: (performance.now() - started) / 1000,
  }
}
