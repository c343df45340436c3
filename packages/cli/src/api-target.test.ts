import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { apiTarget, isLoopbackUrl, parseApiUrl } from './api-target.ts'

const dir = mkdtempSync(join(tmpdir(), 'whosaid-api-target-'))
const kept = 'k'.repeat(43)
writeFileSync(join(dir, 'api-token'), `${kept}\n`, { mode: 0o600 })
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parseApiUrl', () => {
  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
    ['https://api.example.com/whosaid/', 'https://api.example.com/whosaid'],
    ['HTTP://LOCALHOST:8787', 'http://localhost:8787'],
  ])('reads %s as %s', (value, url) => {
    expect(parseApiUrl(value)).toBe(url)
  })

  it.each(['127.0.0.1:8787', 'ftp://example.com', 'http://127.0.0.1:8787/?x=1', 'http://a/#top', ''])(
    'refuses %j with a usage error naming the option',
    (value) => {
      expect(() => parseApiUrl(value)).toThrow(expect.objectContaining({ code: 'usage' }))
      expect(() => parseApiUrl(value)).toThrow(/--api takes the base URL/)
    },
  )
})

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:8787', true],
    ['http://127.1.2.3', true],
    ['http://localhost:8787', true],
    ['http://[::1]:8787', true],
    ['http://0.0.0.0:8787', false],
    ['http://192.168.1.5:8787', false],
    ['https://api.example.com', false],
    ['http://127.0.0.1.example.com', false],
  ])('%s: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback)
  })
})

describe('apiTarget', () => {
  const options = { dataDir: dir, timeoutSeconds: 15 }

  it('sends WHOSAID_API_TOKEN when it is set, wherever the API is', () => {
    const env = { databaseUrl: undefined, dataDir: undefined, apiToken: 'from-the-environment' }
    expect(apiTarget('https://api.example.com', options, env)).toEqual({
      url: 'https://api.example.com',
      token: 'from-the-environment',
      tokenSource: 'WHOSAID_API_TOKEN',
      timeoutSeconds: 15,
    })
  })

  it('sends the token kept in the data folder to an API on this machine', () => {
    const env = { databaseUrl: undefined, dataDir: undefined }
    expect(apiTarget('http://127.0.0.1:8787', options, env)).toMatchObject({
      token: kept,
      tokenSource: join(dir, 'api-token'),
    })
  })

  it('finds the data folder through WHOSAID_DATA too', () => {
    const env = { databaseUrl: undefined, dataDir: dir }
    expect(apiTarget('http://localhost:8787', { timeoutSeconds: 15 }, env).token).toBe(kept)
  })

  it('never sends the kept token to another machine', () => {
    const env = { databaseUrl: undefined, dataDir: undefined }
    expect(apiTarget('http://192.168.1.5:8787', options, env)).toMatchObject({
      token: undefined,
      tokenSource: undefined,
    })
  })
})
