// Helpers for the queue's tests: a PostgreSQL to run against, article files to queue, spawned CLI processes,
// and a web server whose first request for a path never answers (a worker killed while it waits).
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveTestDatabase } from '@whosaid/store/testing'
import { listenOnTestPort } from './web-server.ts'

/**
 * The PostgreSQL the queue tests run against, found as the store's suite finds it: WHOSAID_TEST_DATABASE_URL
 * (CI sets it, and a CI run without it fails), else a private cluster started here, else null (no PostgreSQL).
 */
export function resolveQueueTestDatabase(): ReturnType<typeof resolveTestDatabase> {
  return resolveTestDatabase({ url: process.env.WHOSAID_TEST_DATABASE_URL, ci: process.env.CI === 'true' })
}

/** A short article of its own for each number: a title, a speaker with a role, and a statement. */
export function articleText(n: number): string {
  return (
    `Minister ${n} rejects plan number ${n}\n\n` +
    `Ann Smith, the finance minister, said on Monday that plan number ${n} was a mistake. ` +
    `"We will not sign it," she told reporters in London.\n`
  )
}

/** Writes `count` articles (articleText 1..count) as text files into a new folder; answers the folder. */
export async function writeArticles(count: number, first = 1): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'whosaid-queue-'))
  for (let n = first; n < first + count; n++) {
    await writeFile(join(dir, `article-${String(n).padStart(4, '0')}.txt`), articleText(n))
  }
  return dir
}

const BIN = fileURLToPath(new URL('../../bin/whosaid.js', import.meta.url))

/** A spawned `whosaid` process, its output so far, and its exit. */
export type CliProcess = { child: ChildProcess; output: () => string; exit: Promise<number | null> }

/** Starts `whosaid ARGS` as a process of its own (on the Node that runs the tests). */
export function spawnCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exit }
}

/** Resolves when `check` answers true, checking every half second; rejects after `limitMs` (a hang). */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, limitMs = 300_000) {
  const until = Date.now() + limitMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/** A test server of article pages: `hang(path)` makes the next request for a path wait until the server stops. */
export type PageServer = {
  url: (path: string) => string
  /** How many requests each path has had. */
  hits: Map<string, number>
  close: () => Promise<void>
}

/**
 * Serves an HTML article at every path, on 127.0.0.1 and a port in 20000-32767; the first request for a path in
 * `hangFirst` gets no answer (its worker is to be killed while it waits), later ones get the page.
 */
export async function startPageServer(hangFirst: readonly string[]): Promise<PageServer> {
  const hits = new Map<string, number>()
  const hanging: ServerResponse[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    const count = (hits.get(path) ?? 0) + 1
    hits.set(path, count)
    if (hangFirst.includes(path) && count === 1) {
      hanging.push(response)
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<html><head><title>Page ${path}</title></head><body><article><h1>Page ${path}</h1>` +
        `<p>Bob Jones, the mayor of the city, said on Tuesday that the page at ${path} was ready.</p>` +
        '<p>"It is done," he told the council.</p></article></body></html>',
    )
  })
  const port = await listenOnTestPort(server)
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
