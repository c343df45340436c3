import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env.ts'

describe('parseEnv', () => {
  it('fills defaults for an empty environment', () => {
    expect(parseEnv({})).toEqual({
      PORT: 8787,
      HOST: '127.0.0.1',
      WHOSAID_CORS_ORIGINS: ['*'],
      WHOSAID_BODY_LIMIT: 10 * 1024 * 1024,
      WHOSAID_RATE_LIMIT: 6000,
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
    [{ WHOSAID_WORKERS: '2' }, { WHOSAID_WORKERS: 2 }],
  ])('%j → %j', (vars, expected) => {
    expect(parseEnv(vars)).toMatchObject(expected)
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ WHOSAID_API_TOKEN: 'short' }, /WHOSAID_API_TOKEN: use a token of at least 16 characters/],
    [{ WHOSAID_BODY_LIMIT: '-1' }, /WHOSAID_BODY_LIMIT/],
    [{ WHOSAID_WORKERS: '0' }, /WHOSAID_WORKERS/],
  ])('%j is refused, naming the variable', (vars, message) => {
    expect(() => parseEnv(vars)).toThrow(EnvError)
    expect(() => parseEnv(vars)).toThrow(message)
  })
})
