import { CliError } from '../cli-error.ts'
import type { CliEnv } from '../env.ts'
import { storeOptions } from '../options.ts'
import { defaultThreads } from '../pool/analysis-pool.ts'

/**
 * The PostgreSQL URL a queue command works on: `--db`, else DATABASE_URL. The queue lives in PostgreSQL, so
 * `--data` (the embedded database) is refused, and so is having neither.
 * @example queueDatabaseUrl({ db: 'postgres://127.0.0.1/whosaid' }, 'worker') // 'postgres://127.0.0.1/whosaid'
 */
export function queueDatabaseUrl(
  values: { db?: string | undefined; data?: string | undefined },
  command: string,
  env?: CliEnv,
): string {
  if (values.data !== undefined) {
    throw new CliError('usage', `${command} works on a PostgreSQL queue: give --db URL, not --data`)
  }
  const { databaseUrl } = storeOptions({ db: values.db }, env)
  if (databaseUrl === undefined) {
    throw new CliError('usage', `${command} needs a PostgreSQL database: give --db URL (or set DATABASE_URL)`)
  }
  return databaseUrl
}

/** Reads `--threads`: analysis threads, a whole number from 1 to 64, default the cores (at most 8). */
export function parseThreads(value: string | undefined): number {
  if (value === undefined) return defaultThreads()
  const count = Number(value)
  if (!/^\d{1,2}$/.test(value) || count < 1 || count > 64) {
    throw new CliError('usage', `--threads takes a whole number from 1 to 64, not "${value}"`)
  }
  return count
}
