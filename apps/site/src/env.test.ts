import { describe, expect, test } from 'vitest'
import { readEnv } from './env.ts'

describe('readEnv', () => {
  test.each<[Record<string, string>, Record<string, unknown>]>([
    [
      {},
      {
        WHOSAID_API_URL: 'http://127.0.0.1:8787',
        SITE_PORT: 4321,
        HOST: '127.0.0.1',
        CHROMIUM_PATH: '/usr/bin/chromium',
      },
    ],
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
  ])('rejects %j', (source) => {
    expect(() => readEnv(source)).toThrow(/invalid environment/)
  })
})
