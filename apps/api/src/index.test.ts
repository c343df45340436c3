import { describe, expect, it } from 'vitest'

// The public API, listed: a change to it is a visible diff here.
describe('@whosaid/api exports', () => {
  it('lists them', async () => {
    expect(Object.keys(await import('./index.ts')).sort()).toEqual([
      'API_VERSION',
      'ApiError',
      'DEFAULT_BODY_LIMIT',
      'EnvError',
      'EnvSchema',
      'ProblemSchema',
      'createApp',
      'loadEnv',
      'parseEnv',
      'seedIfEmpty',
      'serve',
    ])
  })
})
