import { z } from 'zod'

/** The site's settings, read from the environment once at start-up. */
const EnvSchema = z.object({
  WHOSAID_API_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8787'),
  SITE_PORT: z.coerce.number().int().min(1).max(65_535).default(4321),
  HOST: z.string().min(1).default('127.0.0.1'),
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

/** The site's settings from `process.env` (the only place the site reads it). */
export const env: Env = readEnv(process.env)
