// End to end: started servers on random loopback ports over real databases (PGlite on disk, PostgreSQL),
// including what happens when the database goes away and when the server is killed mid-ingest.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statfsSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ArticleSummarySchema,
  countArticles,
  findInconsistencies,
  openStore,
  pageSchema,
  type Store,
  StoredAnalysisSchema,
} from '@whosaid/store'
import { createTestDatabase, startTestCluster } from '@whosaid/store/testing'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type RunningServer, serve } from '../src/node.ts'
import { seedIfEmpty } from '../src/seed.ts'

const TOKEN = 'e2e-token-0123456789'
const START = fileURLToPath(new URL('../src/start.ts', import.meta.url))

/**
 * A port picked at random in 20000–32767: below Linux's ephemeral range (32768–60999), from which the kernel hands
 * out ports to servers listening on port 0 and to outgoing connections, so that none of those takes it while the
 * server it is for starts in a process of its own (as `freePort` in apps/site/scripts/processes.ts).
 */
function randomPort(): number {
  return 20_000 + Math.floor(Math.random() * 12_768)
}

/** Serves on a random port, trying another when one is taken. */
async function serveOnRandomPort(store: Store): Promise<RunningServer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await serve({ store, port: randomPort(), host: '127.0.0.1', token: TOKEN })
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== 'EADDRINUSE') throw error
    }
  }
}

/**
 * Polls `check` every 250 ms until it holds, while `going()` does; gives up only after ten minutes, a limit no busy
 * machine comes near (a server has taken over a minute to start under load), so that no duration decides a result.
 */
async function until(check: () => Promise<boolean>, going: () => boolean = () => true): Promise<boolean> {
  for (let tries = 0; tries < 2400 && going(); tries++) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return false
}

/** Answers whether a server answers its health check with 200. */
const healthy = (base: string) => () =>
  fetch(`${base}/healthz`).then(
    (response) => response.ok,
    () => false,
  )

/** A short article of our own, with a person, an organization and a reported statement. */
function article(i: number): string {
  return `Harbor vote ${i}\n\nLISBON — Ana Pereira, the mayor, said on day ${i} that the Harbor Council would approve the plan. "We will build it," Pereira said.`
}

/** POSTs an article and answers the status and id. */
async function post(base: string, text: string): Promise<{ status: number; id: string }> {
  const response = await fetch(`${base}/v1/articles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  })
  const body = (await response.json()) as { article?: { id: string } }
  return { status: response.status, id: body.article?.id ?? '' }
}

/** Backends for the end-to-end run: PGlite in a temporary folder, and PostgreSQL when the run has one. */
function backends() {
  const list: {
    name: string
    open: () => Promise<{ store: Store; reopen: () => Promise<Store>; dispose: () => Promise<void> }>
  }[] = [
    {
      name: 'pglite',
      open: async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-'))
        const store = await openStore({ dataDir })
        return {
          store,
          reopen: () => openStore({ dataDir }),
          dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
        }
      },
    },
  ]
  const adminUrl = inject('databaseUrl')
  if (adminUrl) {
    list.push({
      name: 'postgres',
      open: async () => {
        const database = await createTestDatabase(adminUrl)
        const store = await openStore({ databaseUrl: database.url })
        return {
          store,
          reopen: () => openStore({ databaseUrl: database.url }),
          dispose: () => database.drop(),
        }
      },
    })
  }
  return list
}

describe.each(backends())('a started server over $name', (backend) => {
  let opened: Awaited<ReturnType<(typeof backend)['open']>>
  let server: RunningServer
  let seeds = ''

  beforeAll(async () => {
    seeds = mkdtempSync(join(tmpdir(), 'whosaid-seeds-'))
    for (let i = 0; i < 3; i++) writeFileSync(join(seeds, `${i}.txt`), article(i))
    opened = await backend.open()
    expect(await seedIfEmpty(opened.store, seeds)).toMatchObject({ created: 3, failures: [] })
    expect(await seedIfEmpty(opened.store, seeds)).toBeNull()
    server = await serveOnRandomPort(opened.store)
  })
  afterAll(async () => {
    await server?.close()
    await opened?.store.close()
    await opened?.dispose()
    if (seeds) rmSync(seeds, { recursive: true, force: true })
  })

  it('listens on loopback and answers health, lists and the OpenAPI document', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true })
    const page = pageSchema(ArticleSummarySchema).parse(
      await (await fetch(`${server.url}/v1/articles`)).json(),
    )
    expect(page.items).toHaveLength(3)
    expect(await (await fetch(`${server.url}/openapi.json`)).json()).toMatchObject({ openapi: '3.1.0' })
  })

  it('ingests over HTTP: 201, then 200 for the same text, then reads it back', async () => {
    const first = await post(server.url, article(100))
    expect(first.status).toBe(201)
    expect(await post(server.url, article(100))).toEqual({ status: 200, id: first.id })
    const stored = StoredAnalysisSchema.parse(
      await (await fetch(`${server.url}/v1/articles/${first.id}`)).json(),
    )
    expect(stored.article.text).toBe(article(100))
  })

  it('keeps everything after the store is closed and opened again', async () => {
    await server.close()
    await opened.store.close()
    opened.store = await opened.reopen()
    server = await serveOnRandomPort(opened.store)
    const page = pageSchema(ArticleSummarySchema).parse(
      await (await fetch(`${server.url}/v1/articles`)).json(),
    )
    expect(page.items).toHaveLength(4)
  })
})

describe.skipIf(!inject('databaseUrl'))('PostgreSQL going away', () => {
  it('answers 503 while PostgreSQL is stopped, and recovers when it returns', async () => {
    const cluster = await startTestCluster()
    const store = await openStore({ databaseUrl: cluster.databaseUrl, maxConnections: 2 })
    const server = await serveOnRandomPort(store)
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      await cluster.halt()
      for (const path of ['/healthz', '/v1/actors']) {
        const response = await fetch(`${server.url}${path}`)
        expect(response.status).toBe(503)
        expect(response.headers.get('content-type')).toBe('application/problem+json')
      }
      await cluster.resume()
      expect(await until(async () => (await fetch(`${server.url}/v1/actors`)).status === 200)).toBe(true)
    } finally {
      await server.close()
      await store.close()
      await cluster.stop()
    }
  }, 900_000)
})

describe.skipIf(!inject('databaseUrl'))('PostgreSQL stopped during a bulk ingest', () => {
  it('keeps the server up: 503 with Retry-After while it is away, then writes again when it returns', async () => {
    // A cluster of this test's own, so that stopping it disturbs no other suite.
    const cluster = await startTestCluster()
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-pg-halt-'))
    const port = randomPort()
    const proc = spawn(process.execPath, [START, '--port', String(port)], {
      env: {
        DATABASE_URL: cluster.databaseUrl,
        WHOSAID_API_TOKEN: TOKEN,
        WHOSAID_SEEDS: dir,
        WHOSAID_RATE_LIMIT: '0',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    proc.stderr?.on('data', (bytes: Buffer) => {
      stderr += bytes.toString()
    })
    let exitCode: number | null | undefined
    let exitSignal: NodeJS.Signals | null = null
    const exited = new Promise<void>((resolve) =>
      proc.once('exit', (code, signal) => {
        exitCode = code
        exitSignal = signal
        resolve()
      }),
    )
    const base = `http://127.0.0.1:${port}`
    const alive = () => exitCode === undefined
    try {
      expect(await until(healthy(base), alive), stderr).toBe(true)

      // Four clients ingest; after the first answers the database stops under them, and they go on posting.
      const statuses: number[] = []
      const problems: { type: string | null; retryAfter: string | null; code: string }[] = []
      let next = 0
      let halted: Promise<void> | undefined
      const client = async () => {
        while (next < 120 && alive()) {
          const i = next++
          const response = await fetch(`${base}/v1/articles`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ text: article(3000 + i) }),
          }).catch(() => null)
          if (!response) continue
          statuses.push(response.status)
          if (response.status === 503) {
            const body = (await response.json()) as { code: string }
            problems.push({
              type: response.headers.get('content-type'),
              retryAfter: response.headers.get('retry-after'),
              code: body.code,
            })
          } else await response.arrayBuffer()
          if (statuses.length >= 8 && !halted) halted = cluster.halt()
        }
      }
      await Promise.all([client(), client(), client(), client()])
      await halted
      expect(alive(), stderr).toBe(true)
      // Whatever was in flight when it stopped, the server answers every request while the database is away.
      for (const path of ['/healthz', '/v1/actors', '/v1/articles']) {
        const response =
          path === '/v1/articles'
            ? await fetch(`${base}${path}`, {
                method: 'POST',
                headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
                body: JSON.stringify({ text: article(3999) }),
              })
            : await fetch(`${base}${path}`)
        expect(response.status).toBe(503)
        expect(response.headers.get('content-type')).toBe('application/problem+json')
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
        expect(((await response.json()) as { code: string }).code).toBe('unavailable')
      }
      expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([])
      for (const problem of problems) {
        expect(problem).toMatchObject({ type: 'application/problem+json', code: 'unavailable' })
        expect(problem.retryAfter).toMatch(/^\d+$/)
      }

      // PostgreSQL returns: reads and writes work again without restarting the server.
      await cluster.resume()
      const written = () =>
        post(base, article(4000)).then(
          ({ status }) => status === 201,
          () => false,
        )
      expect(await until(written, alive), stderr).toBe(true)
      expect((await fetch(`${base}/v1/actors`)).status).toBe(200)
      expect(alive()).toBe(true)
      proc.kill('SIGTERM')
      await exited
      expect(stderr).not.toMatch(/TypeError|Uncaught|unhandled/i)
      // Stopped whole: the server closes itself and its database, then ends by the signal it was sent.
      expect({ exitCode, exitSignal }).toEqual({ exitCode: null, exitSignal: 'SIGTERM' })
    } finally {
      if (alive()) proc.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
      await cluster.stop()
    }
  }, 1_800_000)
})

/** True when this machine lets us mount a tmpfs in a mount namespace of our own (root on Linux, as CI runs). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-tmpfs-probe-'))
  try {
    const script = 'mount -t tmpfs -o size=1m tmpfs "$1"'
    return (
      spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', dir]).status ===
      0
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes zeros into `file` until the disk under it has about `leave` bytes free (a tmpfs counts what is written). */
function fillDisk(file: string, leave: number): void {
  const chunk = Buffer.alloc(1024 * 1024)
  const fd = openSync(file, 'a')
  try {
    for (;;) {
      const { bavail, bsize } = statfsSync(file)
      const room = bavail * bsize - leave
      if (room <= 0) return
      writeSync(fd, chunk, 0, Math.min(chunk.length, room))
    }
  } finally {
    closeSync(fd)
  }
}

// The embedded database on a disk with little room: a 128 MB tmpfs mounted in the server's own mount namespace
// (nothing is left mounted when it exits), filled from outside through /proc/PID/root.
describe.skipIf(!canMountTmpfs())('the embedded database on a nearly full disk', () => {
  it('refuses writes with 507, keeps answering reads and health, writes again with room, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-full-'))
    const mount = join(dir, 'disk')
    mkdirSync(mount)
    mkdirSync(join(dir, 'seeds'))
    const port = randomPort()
    const script = 'mount -t tmpfs -o size=128m tmpfs "$1" && exec "$2" "$3" --data "$1/store" --port "$4"'
    const proc = spawn(
      'unshare',
      [
        '--mount',
        '--propagation',
        'private',
        'sh',
        '-c',
        script,
        'sh',
        mount,
        process.execPath,
        START,
        String(port),
      ],
      {
        env: { WHOSAID_API_TOKEN: TOKEN, WHOSAID_SEEDS: join(dir, 'seeds'), WHOSAID_RATE_LIMIT: '0' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    proc.stderr?.on('data', (bytes: Buffer) => {
      stderr += bytes.toString()
    })
    let exitCode: number | null | undefined
    let exitSignal: NodeJS.Signals | null = null
    const exited = new Promise<void>((resolve) =>
      proc.once('exit', (code, signal) => {
        exitCode = code
        exitSignal = signal
        resolve()
      }),
    )
    const alive = () => exitCode === undefined
    const base = `http://127.0.0.1:${port}`
    // unshare and sh exec the server, so this is its process, and this path its view of the tmpfs.
    const filler = `/proc/${proc.pid}/root${mount}/filler`
    try {
      expect(await until(healthy(base), alive), stderr).toBe(true)
      const kept = await post(base, article(5000))
      expect(kept.status).toBe(201)

      fillDisk(filler, 16 * 1024 * 1024)
      const refused = await fetch(`${base}/v1/articles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: article(5001) }),
      })
      expect(refused.status).toBe(507)
      expect(refused.headers.get('content-type')).toBe('application/problem+json')
      expect(await refused.json()).toMatchObject({ status: 507, code: 'insufficient-storage' })
      expect((await fetch(`${base}/healthz`)).status).toBe(200)
      expect((await fetch(`${base}/v1/articles/${kept.id}`)).status).toBe(200)
      const page = pageSchema(ArticleSummarySchema).parse(await (await fetch(`${base}/v1/articles`)).json())
      expect(page.items.map((item) => item.id)).toEqual([kept.id])

      rmSync(filler)
      expect(await post(base, article(5001))).toMatchObject({ status: 201 })

      fillDisk(filler, 16 * 1024 * 1024)
      expect((await post(base, article(5002))).status).toBe(507)
      proc.kill('SIGTERM')
      await exited
      expect({ exitCode, exitSignal }, stderr).toEqual({ exitCode: null, exitSignal: 'SIGTERM' })
    } finally {
      if (alive()) proc.kill('SIGKILL')
      await exited
      rmSync(dir, { recursive: true, force: true })
    }
  }, 1_800_000)
})

describe('killing the server during a bulk ingest', () => {
  let dataDir = ''
  let emptySeeds = ''
  let child: Server | undefined
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'whosaid-kill-'))
    emptySeeds = join(dataDir, 'no-seeds')
    mkdirSync(emptySeeds)
  })
  afterAll(() => {
    child?.proc.kill('SIGKILL')
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  /** A server process and the promise of its end. */
  type Server = { proc: ChildProcess; exited: Promise<void> }

  /** Starts `start.ts` as its own process and waits until it answers (a fresh PGlite folder takes seconds). */
  async function start(port: number): Promise<Server> {
    const proc = spawn(process.execPath, [START, '--data', join(dataDir, 'store'), '--port', String(port)], {
      env: { WHOSAID_API_TOKEN: TOKEN, WHOSAID_SEEDS: emptySeeds, WHOSAID_RATE_LIMIT: '0' },
      stdio: 'ignore',
    })
    let done = false
    const exited = new Promise<void>((resolve) =>
      proc.once('exit', () => {
        done = true
        resolve()
      }),
    )
    if (await until(healthy(`http://127.0.0.1:${port}`), () => !done)) return { proc, exited }
    proc.kill('SIGKILL')
    throw new Error(done ? 'the server exited before answering' : 'server did not start')
  }

  it('loses no committed article and leaves no partial one', async () => {
    const port = randomPort()
    child = await start(port)
    const base = `http://127.0.0.1:${port}`
    const committed: string[] = []
    let next = 0
    let killed = false
    const worker = async () => {
      while (next < 400 && !killed) {
        const i = next++
        try {
          const { status, id } = await post(base, article(1000 + i))
          if (status === 201) committed.push(id)
          if (committed.length >= 25 && !killed) {
            killed = true
            child?.proc.kill('SIGKILL')
          }
        } catch {
          // The connection died with the server: this article may or may not have committed.
        }
      }
    }
    await Promise.all([worker(), worker(), worker(), worker()])
    await child.exited

    child = await start(port)
    expect(committed.length).toBeGreaterThanOrEqual(25)
    for (const id of committed) expect((await fetch(`${base}/v1/articles/${id}`)).status).toBe(200)
    child.proc.kill('SIGTERM')
    await child.exited

    // Every stored article is whole: its rows in every table agree with its counts, and actor counts add up.
    const store = await openStore({ dataDir: join(dataDir, 'store') })
    try {
      expect(await findInconsistencies(store)).toEqual([])
      expect(await countArticles(store)).toBeGreaterThanOrEqual(committed.length)
    } finally {
      await store.close()
    }
  }, 1_800_000)
})

describe.skipIf(!inject('databaseUrl'))('several worker processes over PostgreSQL (WHOSAID_WORKERS)', () => {
  it('serves from every worker on one port, sees one another’s writes, and stops them all', async () => {
    const database = await createTestDatabase(inject('databaseUrl'))
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-workers-'))
    const port = randomPort()
    const proc = spawn(process.execPath, [START, '--port', String(port)], {
      env: {
        DATABASE_URL: database.url,
        WHOSAID_WORKERS: '2',
        WHOSAID_API_TOKEN: TOKEN,
        WHOSAID_SEEDS: dir,
        WHOSAID_RATE_LIMIT: '0',
      },
      stdio: 'ignore',
    })
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
    const base = `http://127.0.0.1:${port}`
    try {
      expect(await until(healthy(base))).toBe(true)
      const ids = []
      for (let i = 0; i < 6; i++) ids.push((await post(base, article(2000 + i))).id)
      // New connections are spread over the workers; each answers every article, whoever stored it.
      for (const id of ids) expect((await fetch(`${base}/v1/articles/${id}`)).status).toBe(200)
      const list = pageSchema(ArticleSummarySchema).parse(await (await fetch(`${base}/v1/articles`)).json())
      expect(list.items).toHaveLength(6)
      proc.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      proc.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
      await database.drop()
    }
  }, 1_800_000)
})
