// The files a server keeps in its data folder beside the database: the write token a loopback server made for
// itself (api-token, kept across starts), and, while it runs, where it listens (server.json), so that a command
// refused the folder can name the server to send its work to instead.
import { randomBytes } from 'node:crypto'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The name of the token file in a data folder. */
export const API_TOKEN_FILE = 'api-token'

/** The name of the running server's record in a data folder. */
const SERVER_FILE = 'server.json'

/** A token this module made: 32 random bytes as base64url (43 characters), a valid RFC 6750 bearer token. */
const MADE_TOKEN = /^[A-Za-z0-9_-]{43}$/

/** The server that holds a data folder: its process and base URL. */
export type ServerRecord = { pid: number; url: string }

/**
 * The write token kept in a data folder's `api-token`, or undefined when there is none (or not one this module
 * made).
 * @example readApiToken('.whosaid') // 'kX3…' after a loopback server started there
 */
export function readApiToken(dataDir: string): string | undefined {
  try {
    const token = readFileSync(join(resolve(dataDir), API_TOKEN_FILE), 'utf8').trim()
    return MADE_TOKEN.test(token) ? token : undefined
  } catch {
    return undefined
  }
}

/**
 * The data folder's write token, made on first use: random (node:crypto), in `api-token`, readable by its owner
 * only (mode 0600, restored if it was widened), and the same on every later start. Call it while holding the
 * folder, so that two processes never make two tokens.
 * @example const { token, file, created } = keepApiToken('.whosaid')
 */
export function keepApiToken(dataDir: string): { token: string; file: string; created: boolean } {
  const file = join(resolve(dataDir), API_TOKEN_FILE)
  const kept = readApiToken(dataDir)
  if (kept !== undefined) {
    chmodSync(file, 0o600)
    return { token: kept, file, created: false }
  }
  const token = randomBytes(32).toString('base64url')
  rmSync(file, { force: true })
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' })
  return { token, file, created: true }
}

/**
 * Records in a data folder that this process serves it at `url`; returns the function that removes the record
 * (call it when the server stops).
 * @example const forget = recordServer('.whosaid', 'http://127.0.0.1:8787'); …; forget()
 */
export function recordServer(dataDir: string, url: string): () => void {
  const file = join(resolve(dataDir), SERVER_FILE)
  const record: ServerRecord = { pid: process.pid, url }
  writeFileSync(file, `${JSON.stringify(record)}\n`)
  return () => rmSync(file, { force: true })
}

/**
 * The server recorded in a data folder, or undefined when none is (or the record is not one `recordServer`
 * wrote). The record may outlive a server that was killed: check that its process still runs.
 * @example readServerRecord('.whosaid') // { pid: 4242, url: 'http://127.0.0.1:8787' }
 */
export function readServerRecord(dataDir: string): ServerRecord | undefined {
  try {
    const { pid, url } = JSON.parse(readFileSync(join(resolve(dataDir), SERVER_FILE), 'utf8')) as Record<
      string,
      unknown
    >
    if (!Number.isInteger(pid) || (pid as number) <= 0 || typeof url !== 'string' || !URL.canParse(url)) {
      return undefined
    }
    return { pid: pid as number, url }
  } catch {
    return undefined
  }
}
