import {
  DEFAULT_DATA_DIR,
  type OpenStoreOptions,
  openStore,
  readServerRecord,
  type ServerRecord,
  type Store,
  StoreError,
} from '@whosaid/store'
import { CliError } from './cli-error.ts'

/**
 * Opens the store for `ingest`. A data folder that a running whosaid server holds (the embedded database is one
 * process's) is a `locked` error that says so and names the `--api` form that sends the articles to that server.
 * @example const store = await openLocalStore({ dataDir: '.whosaid' })
 */
export async function openLocalStore(where: OpenStoreOptions): Promise<Store> {
  try {
    return await openStore(where)
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'locked' || where.databaseUrl !== undefined)
      throw error
    const dataDir = where.dataDir ?? DEFAULT_DATA_DIR
    throw heldError(dataDir, error.message, runningServer(readServerRecord(dataDir)))
  }
}

/** The recorded server when its process still runs (a killed server leaves its record behind). */
function runningServer(record: ServerRecord | undefined): ServerRecord | undefined {
  if (record === undefined) return undefined
  try {
    process.kill(record.pid, 0)
    return record
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM' ? record : undefined
  }
}

/**
 * The error for a data folder held by another process: by a whosaid server, named with its URL; else the store's
 * own words, with the `--api` form for the case where the holder is a server after all.
 * @example heldError('.whosaid', '…', { pid: 4242, url: 'http://127.0.0.1:8787' }).message
 */
export function heldError(dataDir: string, storeMessage: string, server: ServerRecord | undefined): CliError {
  if (server === undefined) {
    return new CliError(
      'locked',
      `${storeMessage} If it is a whosaid server (whosaid serve, npm start), send the articles to it: ` +
        'whosaid ingest --api URL INPUT...',
    )
  }
  return new CliError(
    'locked',
    `${dataDir} is held by the running whosaid server at ${server.url} (pid ${server.pid}); send the articles ` +
      `to it: whosaid ingest --api ${server.url} INPUT...`,
  )
}
