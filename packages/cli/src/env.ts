/** The environment variables the CLI reads, as plain values; the only place that touches `process.env`. */
export type CliEnv = {
  /** DATABASE_URL: a PostgreSQL URL that replaces the embedded database. */
  databaseUrl: string | undefined
  /** WHOSAID_DATA: the embedded database folder. */
  dataDir: string | undefined
  /** WHOSAID_API_TOKEN: the bearer token `ingest --api` sends. */
  apiToken?: string | undefined
}

/** Reads the CLI's environment variables (empty values count as unset). */
export function readEnv(env: Record<string, string | undefined> = process.env): CliEnv {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.WHOSAID_DATA || undefined,
    apiToken: env.WHOSAID_API_TOKEN || undefined,
  }
}
