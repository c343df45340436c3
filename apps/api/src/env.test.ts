import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env.ts'
import { requireToken } from './middleware/bearer-auth.ts'

describe('parseEnv', () => {
  it('fills defaults for an empty environment', () => {
    expect(parseEnv({})).toEqual({
      PORT: 8787,
      HOST: '127.0.0.1',
      WHOSAID_CORS_ORIGINS: ['*'],
      WHOSAID_BODY_LIMIT: 10 * 1024 * 1024,
      WHOSAID_RATE_LIMIT: 6000,
      WHOSAID_TRUSTED_PROXIES: [],
      WHOSAID_WORKERS: 1,
    })
  })

  it.each([
    [{ PORT: '9000' }, { PORT: 9000 }],
    [{ PORT: '' }, { PORT: 8787 }],
    [
      { WHOSAID_CORS_ORIGINS: 'https://a.example, https://b.example,' },
      { WHOSAID_CORS_ORIGINS: ['https://a.example', 'https://b.example'] },
    ],
    [{ WHOSAID_RATE_LIMIT: '0' }, { WHOSAID_RATE_LIMIT: 0 }],
    [{ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }, { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }],
    [{ WHOSAID_API_TOKEN: 'a-long-enough-token' }, { WHOSAID_API_TOKEN: 'a-long-enough-token' }],
    [{ WHOSAID_API_TOKEN: 'Abc.def_ghi~jkl+mn/op==' }, { WHOSAID_API_TOKEN: 'Abc.def_ghi~jkl+mn/op==' }],
    [{ WHOSAID_API_TOKEN: '0123456789abcdef0123' }, { WHOSAID_API_TOKEN: '0123456789abcdef0123' }],
    [{ WHOSAID_TRUSTED_PROXIES: '127.0.0.1, ::1' }, { WHOSAID_TRUSTED_PROXIES: ['127.0.0.1', '::1'] }],
    [{ WHOSAID_WORKERS: '2' }, { WHOSAID_WORKERS: 2 }],
  ])('%j → %j', (vars, expected) => {
    expect(parseEnv(vars)).toMatchObject(expected)
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ WHOSAID_API_TOKEN: 'short' }, /WHOSAID_API_TOKEN: use a token of at least 16 characters/],
    [{ WHOSAID_API_TOKEN: 'correct horse battery staple' }, /WHOSAID_API_TOKEN: use only letters/],
    [{ WHOSAID_API_TOKEN: 'token-with-a-tab\there' }, /WHOSAID_API_TOKEN: use only letters/],
    [{ WHOSAID_API_TOKEN: 'token,with;punctuation!' }, /WHOSAID_API_TOKEN: use only letters/],
    [{ WHOSAID_API_TOKEN: 'padding=in-the-middle' }, /WHOSAID_API_TOKEN: use only letters/],
    [{ WHOSAID_API_TOKEN: 'ünïcödé-token-0123' }, /WHOSAID_API_TOKEN: use only letters/],
    [{ WHOSAID_BODY_LIMIT: '-1' }, /WHOSAID_BODY_LIMIT/],
    [{ WHOSAID_WORKERS: '0' }, /WHOSAID_WORKERS/],
  ])('%j is refused, naming the variable', (vars, message) => {
    expect(() => parseEnv(vars)).toThrow(EnvError)
    expect(() => parseEnv(vars)).toThrow(message)
  })
})

describe('WHOSAID_API_TOKEN', () => {
  /** Whether a client sending this token in `Authorization: Bearer` gets through. */
  async function authenticates(token: string): Promise<boolean> {
    const app = new Hono().use(requireToken(token)).post('/', (c) => c.text('ok'))
    try {
      const response = await app.request('/', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      })
      return response.status === 200
    } catch {
      return false // not even a valid header value
    }
  }

  it('accepts only tokens a client can authenticate with', async () => {
    const unit = fc.constantFrom(...'aZ09-._~+/= \t,;"ü'.split(''))
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 16, maxLength: 40 }), async (token) => {
        let accepted = true
        try {
          parseEnv({ WHOSAID_API_TOKEN: token })
        } catch {
          accepted = false
        }
        if (accepted) expect(await authenticates(token)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('stops start-up with a clear message when it could never authenticate', () => {
    const started = spawnSync(process.execPath, [fileURLToPath(new URL('./start.ts', import.meta.url))], {
      env: { PATH: process.env.PATH, WHOSAID_API_TOKEN: 'my secret pass phrase' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(started.status).toBe(1)
    expect(started.stderr).toContain('whosaid: bad environment:\nWHOSAID_API_TOKEN: use only letters')
  })
})
