import { z } from 'zod'

/** A comma-separated list, trimmed, without empties. */
const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
)

/** The API's environment, validated once at start-up; everything else receives plain values. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** PostgreSQL connection string; when set, the embedded database is not used. */
  DATABASE_URL: z.string().min(1).optional(),
  /** The embedded database's data folder (default `.whosaid` in the working directory). */
  WHOSAID_DATA: z.string().min(1).optional(),
  /**
   * The bearer token writes need; without it, writes are refused. It must be one a client can send: an RFC 6750
   * b64token (letters, digits, `-._~+/`, then any `=`), as `openssl rand -hex 24` or `-base64 24` gives.
   */
  WHOSAID_API_TOKEN: z
    .string()
    .min(16, 'use a token of at least 16 characters')
    .regex(
      /^[A-Za-z0-9\-._~+/]+=*$/,
      'use only letters, digits and -._~+/ (then any =): a bearer token (RFC 6750) cannot hold spaces or other characters',
    )
    .optional(),
  /** Origins allowed by CORS: `*` (the default; reads are public, writes need the token) or a comma list. */
  WHOSAID_CORS_ORIGINS: list.default(['*']),
  /** The largest request body, in bytes (default 10 MB). */
  WHOSAID_BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** Requests per client per minute before 429 (default 6000); 0 turns rate limiting off. */
  WHOSAID_RATE_LIMIT: z.coerce.number().int().nonnegative().default(6000),
  /**
   * Addresses of proxies (the site) whose `X-Forwarded-For` names the client a request is counted for, comma
   * separated (default none: every request counts for the address it came from).
   */
  WHOSAID_TRUSTED_PROXIES: list.default([]),
  /**
   * Node processes serving the API (node:cluster, one listening port); 1, the default, is this process alone.
   * Only with DATABASE_URL: the embedded database belongs to one process.
   */
  WHOSAID_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Folder of `*.txt` articles ingested when the store is empty (default: the repository's seeds/). */
  WHOSAID_SEEDS: z.string().optional(),
  /** Where npm was started (npm sets it), so `npm start` from the repository root keeps `.whosaid/` there. */
  INIT_CWD: z.string().optional(),
})

/** The API's environment, validated. */
export type Env = z.infer<typeof EnvSchema>

/** What is wrong with an environment, one line per variable. */
export class EnvError extends Error {
  override name = 'EnvError'
}

/**
 * Validates environment variables (from `process.env` or a Workers `env`), treating empty strings as unset.
 * @example const env = parseEnv({ PORT: '9000', WHOSAID_API_TOKEN: 'a-long-secret-token' })
 */
export function parseEnv(vars: Record<string, unknown>): Env {
  const present = Object.fromEntries(
    Object.entries(vars).filter(([, value]) => value !== '' && value !== undefined),
  )
  const result = EnvSchema.safeParse(present)
  if (result.success) return result.data
  throw new EnvError(
    result.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`).join('\n'),
  )
}

/**
 * The Node process's environment, validated: the one place `process.env` is read.
 * @example const { PORT, HOST } = loadEnv()
 */
export function loadEnv(): Env {
  return parseEnv(process.env)
}
