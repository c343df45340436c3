import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keepApiToken, readApiToken, readServerRecord, recordServer } from './server-files.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-server-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('keepApiToken', () => {
  it('makes a bearer token in api-token, readable by its owner only', () => {
    const { token, file, created } = keepApiToken(dir)
    expect(created).toBe(true)
    expect(file).toBe(join(dir, 'api-token'))
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(readFileSync(file, 'utf8')).toBe(`${token}\n`)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('gives the same token on the next start, and narrows a widened file again', () => {
    const first = keepApiToken(dir)
    chmodSync(first.file, 0o644)
    const second = keepApiToken(dir)
    expect(second).toEqual({ ...first, created: false })
    expect(statSync(first.file).mode & 0o777).toBe(0o600)
  })

  it('replaces a file that holds no token it made', () => {
    writeFileSync(join(dir, 'api-token'), 'short\n', { mode: 0o644 })
    const { token, created } = keepApiToken(dir)
    expect(created).toBe(true)
    expect(readApiToken(dir)).toBe(token)
    expect(statSync(join(dir, 'api-token')).mode & 0o777).toBe(0o600)
  })

  it('makes a different token in another folder', () => {
    const other = mkdtempSync(join(tmpdir(), 'whosaid-server-files-'))
    try {
      expect(keepApiToken(other).token).not.toBe(keepApiToken(dir).token)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})

describe('readApiToken', () => {
  it.each([
    ['no file', undefined],
    ['an empty file', ''],
    ['a token with a space', 'abc def'],
  ])('answers undefined for %s', (_, content) => {
    if (content !== undefined) writeFileSync(join(dir, 'api-token'), content)
    expect(readApiToken(dir)).toBeUndefined()
  })
})

describe('recordServer and readServerRecord', () => {
  it('records this process and its URL until the server forgets it', () => {
    const forget = recordServer(dir, 'http://127.0.0.1:8787')
    expect(readServerRecord(dir)).toEqual({ pid: process.pid, url: 'http://127.0.0.1:8787' })
    forget()
    expect(readServerRecord(dir)).toBeUndefined()
  })

  it.each([
    ['not JSON', 'pid 4'],
    ['no pid', '{"url":"http://127.0.0.1:1"}'],
    ['a bad URL', '{"pid":4,"url":"nowhere"}'],
    ['a negative pid', '{"pid":-4,"url":"http://127.0.0.1:1"}'],
  ])('answers undefined for a record with %s', (_, content) => {
    writeFileSync(join(dir, 'server.json'), content)
    expect(readServerRecord(dir)).toBeUndefined()
  })
})
