import { CliError } from './cli-error.ts'
import { DEFAULT_MAX_BYTES } from './read-text.ts'

/** Reads `--max-bytes`: a positive whole number of bytes, or the default 5 MB. */
export function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES
  const bytes = Number(value)
  if (!/^\d{1,15}$/.test(value) || bytes <= 0) {
    throw new CliError('usage', `--max-bytes takes a positive whole number of bytes, not "${value}"`)
  }
  return bytes
}

/** Reads `--concurrency`: a whole number from 1 to 64, default 4. */
export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 4
  const count = Number(value)
  if (!/^\d{1,2}$/.test(value) || count < 1 || count > 64) {
    throw new CliError('usage', `--concurrency takes a whole number from 1 to 64, not "${value}"`)
  }
  return count
}

/** Where the store lives: `--db`/DATABASE_URL for PostgreSQL, else `--data`/WHOSAID_DATA for the embedded one. */
export function storeOptions(values: { data?: string | undefined; db?: string | undefined }): {
  dataDir?: string
  databaseUrl?: string
} {
  const databaseUrl = values.db ?? process.env.DATABASE_URL
  const dataDir = values.data ?? process.env.WHOSAID_DATA
  if (databaseUrl !== undefined && !/^postgres(?:ql)?:\/\//.test(databaseUrl)) {
    throw new CliError('usage', '--db takes a PostgreSQL URL such as postgres://user@127.0.0.1:5432/whosaid')
  }
  return {
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(dataDir === undefined ? {} : { dataDir }),
  }
}
