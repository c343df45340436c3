import { describe, expect, it } from 'vitest'
import { ingestCommand, isLoopbackHost } from './loopback-token.ts'

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.5', false],
    ['example.com', false],
    ['127.0.0.1.example.com', false],
  ])('%s: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback)
  })
})

describe('ingestCommand', () => {
  const url = 'http://127.0.0.1:8787'
  it.each([
    ['/repo/.whosaid/api-token', '/repo', `npx whosaid ingest --api ${url} article.txt`],
    [
      '/tmp/news/api-token',
      '/repo',
      `WHOSAID_API_TOKEN=$(cat /tmp/news/api-token) npx whosaid ingest --api ${url} article.txt`,
    ],
    [
      "/tmp/Bob's news/api-token",
      '/repo',
      `WHOSAID_API_TOKEN=$(cat '/tmp/Bob'\\''s news/api-token') npx whosaid ingest --api ${url} article.txt`,
    ],
    [
      '/repo/.whosaid/api-token',
      '/elsewhere',
      `WHOSAID_API_TOKEN=$(cat /repo/.whosaid/api-token) npx whosaid ingest --api ${url} article.txt`,
    ],
  ])('token in %s, run from %s: %s', (tokenFile, cwd, command) => {
    expect(ingestCommand(url, tokenFile, cwd)).toBe(command)
  })
})
