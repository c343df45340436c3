import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore, recordServer } from '@whosaid/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../testing/run-cli.ts'
import { startWebServer, type WebServer } from '../testing/web-server.ts'

// `whosaid ingest --api`: inputs read here, each article sent to a running API. The API is a stand-in that
// stores texts in a set (the real one is run end to end in tests/start).
const dir = mkdtempSync(join(tmpdir(), 'whosaid-ingest-api-'))
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const a = file('a.txt', 'Minister rejects the plan\n\nAnn Smith said the plan was a mistake.\n')
const b = file('b.txt', 'Mayor backs the bridge\n\nDan Lee said the bridge would open next year.\n')
const batch = file(
  'batch.ndjson',
  '{"text":"Ann Smith said the plan was a mistake.","url":"https://example.com/1"}\n',
)
const token = 'k'.repeat(43)
const dataDir = join(dir, 'data')

let api: WebServer
const stored = new Set<string>()
beforeAll(async () => {
  api = await startWebServer({
    '/healthz': { type: 'application/json', body: '{"status":"ok"}' },
    '/v1/articles': async (request, response) => {
      if (request.headers.authorization !== `Bearer ${token}`) {
        response.writeHead(401, { 'content-type': 'application/problem+json' })
        return response.end(
          '{"code":"unauthorized","detail":"Send Authorization: Bearer <WHOSAID_API_TOKEN>."}',
        )
      }
      let body = ''
      for await (const chunk of request) body += chunk
      const { text } = JSON.parse(body) as { text: string }
      response.writeHead(stored.has(text) ? 200 : 201, { 'content-type': 'application/json' })
      stored.add(text)
      response.end('{}')
    },
  })
})
afterAll(async () => {
  await api.close()
  rmSync(dir, { recursive: true, force: true })
})
const apiUrl = () => api.url('').replace(/\/$/, '')

describe('whosaid ingest --api', () => {
  it('reads files and batches here and sends each article, with the token in WHOSAID_API_TOKEN', async () => {
    process.env.WHOSAID_API_TOKEN = token
    try {
      const first = await runCli(['ingest', '--api', apiUrl(), a, b, batch])
      expect(first).toMatchObject({ code: 0, stderr: '' })
      expect(first.stdout).toMatch(/^ingested 3 article\(s\): 3 new, 0 already stored, 0 failed in /)
      const again = await runCli(['ingest', '--json', '--api', apiUrl(), a])
      expect(JSON.parse(again.stdout)).toMatchObject({ total: 1, created: 0, existing: 1, failed: 0 })
    } finally {
      delete process.env.WHOSAID_API_TOKEN
    }
  })

  it('sends the token the server keeps in the data folder to an API on this machine', async () => {
    const kept = mkdtempSync(join(dir, 'kept-'))
    writeFileSync(join(kept, 'api-token'), `${token}\n`, { mode: 0o600 })
    const { code, stdout } = await runCli(['ingest', '--api', apiUrl(), '--data', kept, b])
    expect(code).toBe(0)
    expect(stdout).toMatch(/: 0 new, 1 already stored, 0 failed/)
  })

  it('stops at the first refused token with one line that says how to send one', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', '--api', apiUrl(), '--data', dir, a, b])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `whosaid: ${apiUrl()}: HTTP 401: no token was sent: set WHOSAID_API_TOKEN to the token the server was started with\n`,
    )
  })

  it('fails before reading any input when no API answers there', async () => {
    const gone = await startWebServer({})
    const url = gone.url('').replace(/\/$/, '')
    await gone.close()
    const { code, stderr } = await runCli(['ingest', '--api', url, 'no/such/file.txt'])
    expect(code).toBe(1)
    expect(stderr).toMatch(new RegExp(`^whosaid: ${url}: cannot reach the whosaid API \\(ECONNREFUSED\\)`))
  })

  it.each([
    [['--api', 'localhost:8787', 'a.txt'], /--api takes the base URL of a running whosaid API/],
    [['--api', 'http://127.0.0.1:8787', '--db', 'postgres://x/y', 'a.txt'], /takes no --db or --queue/],
  ])('refuses %j as a usage error', async (args, message) => {
    const { code, stderr } = await runCli(['ingest', ...args])
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })
})

describe('whosaid ingest while a server holds the data folder', () => {
  it('says which server holds it and names the --api form', async () => {
    const store = await openStore({ dataDir })
    const forget = recordServer(dataDir, 'http://127.0.0.1:8787')
    try {
      const { code, stderr } = await runCli(['ingest', '--data', dataDir, a])
      expect(code).toBe(1)
      expect(stderr).toBe(
        `whosaid: ${dataDir} is held by the running whosaid server at http://127.0.0.1:8787 (pid ${process.pid}); ` +
          'send the articles to it: whosaid ingest --api http://127.0.0.1:8787 INPUT...\n',
      )
    } finally {
      forget()
      await store.close()
    }
  })

  it('names the --api form when the holder left no record', async () => {
    const store = await openStore({ dataDir })
    try {
      const { code, stderr } = await runCli(['ingest', '--json', '--data', dataDir, a])
      expect(code).toBe(1)
      const { error } = JSON.parse(stderr)
      expect(error.code).toBe('locked')
      expect(error.message).toMatch(/is open in another process .* whosaid ingest --api URL INPUT\.\.\.$/)
    } finally {
      await store.close()
    }
  })
})
