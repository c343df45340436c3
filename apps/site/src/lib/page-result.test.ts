import { describe, expect, test } from 'vitest'
import { ApiError } from './api-client.ts'
import { loadPage } from './page-result.ts'

describe('loadPage', () => {
  test('data passes through', async () => {
    expect(await loadPage(async () => 42)).toEqual({ ok: true, data: 42 })
  })

  test.each([
    ['not-found', 404, 'No such article'],
    ['bad-request', 400, 'That request could not be read'],
    ['rate-limited', 429, 'Too many requests'],
    ['unavailable', 503, 'The whosaid API is not answering'],
    ['upstream', 502, 'The whosaid API answered with an error'],
    ['bad-response', 502, 'The whosaid API answered with an error'],
  ] as const)('ApiError %s → %i', async (code, status, title) => {
    const result = await loadPage(async () => {
      throw new ApiError(code, 500, 'detail')
    }, 'article')
    expect(result).toMatchObject({ ok: false, error: { status, title } })
  })

  test('a rejected id on a detail page is a 404', async () => {
    const result = await loadPage(
      async () => {
        throw new ApiError('bad-request', 400, 'bad id')
      },
      'actor',
      { badIdIsNotFound: true },
    )
    expect(result).toMatchObject({ ok: false, error: { status: 404, title: 'No such actor' } })
  })

  test('other errors are bugs and are rethrown', async () => {
    await expect(
      loadPage(async () => {
        throw new TypeError('boom')
      }),
    ).rejects.toThrow('boom')
  })
})
