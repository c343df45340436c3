import { z } from 'zod'

/** The site's settings, read from the environment once at start-up. */
const EnvSchema = z.object({
  WHOSAID_API_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8787'),
  SITE_PORT: z.coerce.number().int().min(1).max(65_535).default(4321),
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * The site's public origin (`https://whosaid.example`), for the absolute URLs of its pages (JSON-LD `@id`);
   * without it, the address it listens on. Never the request's Host header, which any client may set.
   */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Pages per reader (client address) per minute before 429; 0 turns the limit off. */
  SITE_RATE_LIMIT: z.coerce.number().int().nonnegative().default(300),
  /** A site built into another folder than dist/ (`astro build --outDir`) for scripts/start.ts to serve. */
  WHOSAID_SITE_DIST: z.string().min(1).optional(),
  /** The Chromium the browser suite drives (Debian's by default); the site itself never uses it. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
})

/** The site's validated settings. */
export type Env = z.infer<typeof EnvSchema>

/**
 * Validates the environment; a bad value stops start-up with one line per problem.
 * @example readEnv({ WHOSAID_API_URL: 'http://127.0.0.1:9000' }).SITE_PORT // 4321
 */
export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`whosaid site: invalid environment\n${lines.join('\n')}`)
}

/**
 * The origin the site's absolute URLs start with: `SITE_URL`'s, else that of the address it listens on.
 * @example siteOrigin(readEnv({ HOST: '::1', SITE_PORT: '8080' })) // 'http://[::1]:8080'
 */
export function siteOrigin(settings: Pick<Env, 'SITE_URL' | 'HOST' | 'SITE_PORT'>): string {
  if (settings.SITE_URL) return new URL(settings.SITE_URL).origin
  const host = settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST
  return new URL(`http://${host}:${settings.SITE_PORT}`).origin
}

/** The site's settings from `process.env` (the only place the site reads it). */
export const env: Env = readEnv(process.env)

/** The site's public origin (see `siteOrigin`). */
export const publicOrigin = siteOrigin(env)
