import { describe, expect, test } from 'vitest'
import { tooManyRequests } from './too-many-requests.ts'

describe('tooManyRequests', () => {
  test.each([1, 12, 60])('answers 429 with Retry-After %i', async (seconds) => {
    const response = tooManyRequests(seconds)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe(String(seconds))
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain(`Try again in ${seconds} s`)
  })
})
