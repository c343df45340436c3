import { CliError } from './cli-error.ts'
import { type CliEnv, readEnv } from './env.ts'
import { DEFAULT_MAX_BYTES } from './read-text.ts'

/** The default time limit of one web request, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 15

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

/** Reads `--timeout`: seconds above 0 and at most a day, decimals allowed, default 15. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS
  const seconds = Number(value)
  if (!/^\d{1,5}(?:\.\d{1,3})?$/.test(value) || seconds <= 0 || seconds > 86_400) {
    throw new CliError(
      'usage',
      `--timeout takes a number of seconds above 0, such as 15 or 2.5, not "${value}"`,
    )
  }
  return seconds
}

/**
 * Where the store lives. A flag beats the environment: `--db` (else DATABASE_URL, unless `--data` is given)
 * for PostgreSQL, else `--data` (else WHOSAID_DATA) for the embedded database.
 */
export function storeOptions(
  values: { data?: string | undefined; db?: string | undefined },
  env: CliEnv = readEnv(),
): { dataDir?: string; databaseUrl?: string } {
  if (values.data !== undefined && values.db !== undefined) {
    throw new CliError('usage', '--data and --db exclude each other: give one')
  }
  const databaseUrl = values.db ?? (values.data === undefined ? env.databaseUrl : undefined)
  const dataDir = values.data ?? env.dataDir
  if (databaseUrl !== undefined) {
    if (!/^postgres(?:ql)?:\/\//.test(databaseUrl)) {
      throw new CliError(
        'usage',
        '--db takes a PostgreSQL URL such as postgres://user@127.0.0.1:5432/whosaid',
      )
    }
    return { databaseUrl }
  }
  return dataDir === undefined ? {} : { dataDir }
}
