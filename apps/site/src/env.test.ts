import { describe, expect, test } from 'vitest'
import { readEnv, siteOrigin } from './env.ts'

describe('readEnv', () => {
  test.each<[Record<string, string>, Record<string, unknown>]>([
    [
      {},
      {
        WHOSAID_API_URL: 'http://127.0.0.1:8787',
        SITE_PORT: 4321,
        HOST: '127.0.0.1',
        CHROMIUM_PATH: '/usr/bin/chromium',
        SITE_RATE_LIMIT: 300,
      },
    ],
    [{ SITE_RATE_LIMIT: '0' }, { SITE_RATE_LIMIT: 0 }],
    [{ SITE_URL: 'https://whosaid.example' }, { SITE_URL: 'https://whosaid.example' }],
    [
      { WHOSAID_API_URL: 'http://127.0.0.1:9000', SITE_PORT: '5000' },
      { WHOSAID_API_URL: 'http://127.0.0.1:9000', SITE_PORT: 5000 },
    ],
  ])('%j', (source, expected) => {
    expect(readEnv(source)).toMatchObject(expected)
  })

  test.each([
    { SITE_PORT: 'abc' },
    { SITE_PORT: '70000' },
    { WHOSAID_API_URL: 'ftp://x' },
    { WHOSAID_API_URL: 'nope' },
    { SITE_URL: 'javascript:alert(1)' },
    { SITE_URL: 'whosaid.example' },
    { SITE_RATE_LIMIT: '-1' },
  ])('rejects %j', (source) => {
    expect(() => readEnv(source)).toThrow(/invalid environment/)
  })
})

describe('siteOrigin', () => {
  test.each<[Record<string, string>, string]>([
    [{}, 'http://127.0.0.1:4321'],
    [{ HOST: '0.0.0.0', SITE_PORT: '8080' }, 'http://0.0.0.0:8080'],
    [{ HOST: '::1', SITE_PORT: '8080' }, 'http://[::1]:8080'],
    [{ SITE_URL: 'https://whosaid.example' }, 'https://whosaid.example'],
    [{ SITE_URL: 'https://whosaid.example:8443/some/path?x=1' }, 'https://whosaid.example:8443'],
  ])('%j → %s', (source, origin) => {
    expect(siteOrigin(readEnv(source))).toBe(origin)
  })
})
