// The servers a user starts stop whole (issue 16): SIGTERM or SIGINT to `whosaid serve` or `npm start` leaves no
// process of theirs after 5 s, frees the port and the embedded database (a second one on the same data folder
// starts), and reports the signal. And the README's quick start adds an article to a running `npm start` with one command.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  freePort,
  groupGoneWithin,
  isPortFree,
  killGroup,
  type Started,
  startGroup,
  waitForHealth,
  waitForOutput,
} from './processes.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'packages/cli/bin/whosaid.js')
const run = promisify(execFile)

const dirs: string[] = []
const started: Started[] = []
afterEach(() => {
  for (const { child } of started.splice(0)) killGroup(child.pid)
})
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A fresh folder, with an empty seeds folder so that the first start has nothing to ingest. */
function workDir(): { dir: string; seeds: string } {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-stop-'))
  dirs.push(dir)
  const seeds = join(dir, 'no-seeds')
  mkdirSync(seeds)
  return { dir, seeds }
}

/** How the process the user started ends: with the signal's code (a CLI), or by the signal itself (npm). */
type End = 'code' | 'signal'

/**
 * Sends `signal` to the process the user started and checks that it and everything it started are gone, and that
 * it reports the signal, as a shell expects of a program stopped by one (130 for SIGINT, 143 for SIGTERM).
 */
async function stopWhole(server: Started, signal: NodeJS.Signals, port: number, end: End): Promise<void> {
  const pid = server.child.pid as number
  process.kill(pid, signal)
  // "Nothing of them left after 5 s": the one limit the issue sets; waiting for it is no speed test.
  expect(await groupGoneWithin(pid, 5), server.output()).toBe(true)
  const number = signal === 'SIGINT' ? 2 : 15
  expect(await server.exited).toEqual(
    end === 'code' ? { code: 128 + number, signal: null } : { code: null, signal },
  )
  expect(await isPortFree(port)).toBe(true)
}

/** The environment of the commands: this one's, without anything that would choose their database or token. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  for (const name of ['WHOSAID_API_TOKEN', 'WHOSAID_DATA', 'DATABASE_URL', 'WHOSAID_WORKERS', 'INIT_CWD'])
    delete env[name]
  return env
}

describe('whosaid serve', () => {
  const END = 'code'
  it('stops whole on SIGTERM and on SIGINT, run outside the repository with no npm on PATH', async () => {
    const { dir, seeds } = workDir()
    const port = await freePort()
    // No PATH to find npm (or anything) on, and a working folder outside the repository: as an installed CLI.
    const env = { PATH: join(dir, 'no-bin'), HOME: dir, WHOSAID_SEEDS: seeds }
    const serve = () =>
      startGroup(process.execPath, [BIN, 'serve', '--port', String(port)], { cwd: dir, env })

    const first = serve()
    started.push(first)
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, first)
    const tokenFile = join(dir, '.whosaid', 'api-token')
    const token = readFileSync(tokenFile, 'utf8')
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600)
    await stopWhole(first, 'SIGTERM', port, END)

    // The same data folder and port again: both were freed. The token is the one kept.
    const second = serve()
    started.push(second)
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, second)
    expect(readFileSync(tokenFile, 'utf8')).toBe(token)
    await stopWhole(second, 'SIGINT', port, END)
  })
})

describe('npm start', () => {
  // npm ends by the signal that ended its script, as the script (scripts/start.ts) does.
  const END = 'signal'
  it('adds an article with the quick start command, then stops whole; a second start finds it', async () => {
    const { dir, seeds } = workDir()
    const port = await freePort()
    const api = `http://127.0.0.1:${port}`
    writeFileSync(
      join(dir, 'article.txt'),
      'Minister rejects the plan\n\nAnn Smith, the finance minister, said on Monday that the plan was a mistake.\n',
    )
    // Run from the user's folder, as `npm start` in a checkout would be from its root: the data folder and the
    // token are in ./.whosaid there.
    const npmStart = () =>
      startGroup('npm', ['--prefix', ROOT, 'start', '--', '--api-only'], {
        cwd: dir,
        env: cleanEnv({ PORT: String(port), HOST: '127.0.0.1', WHOSAID_SEEDS: seeds }),
      })

    const first = npmStart()
    started.push(first)
    await waitForHealth(`${api}/healthz`, first)
    const tokenFile = join(dir, '.whosaid', 'api-token')
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600)

    // The README's command is the one npm start prints, on its default port.
    const command = quickStartCommand()
    await waitForOutput(first, command.replace('http://127.0.0.1:8787', api))
    const words = command.replace('http://127.0.0.1:8787', api).split(' ')
    expect(words.slice(0, 2)).toEqual(['npx', 'whosaid'])
    const { stdout } = await run(process.execPath, [BIN, ...words.slice(2)], { cwd: dir, env: cleanEnv({}) })
    expect(stdout).toMatch(/^ingested 1 article\(s\): 1 new, 0 already stored, 0 failed/)
    const titles = async () =>
      ((await (await fetch(`${api}/v1/articles`)).json()) as { items: { title: string }[] }).items.map(
        (item) => item.title,
      )
    expect(await titles()).toEqual(['Minister rejects the plan'])

    await stopWhole(first, 'SIGTERM', port, END)

    const second = npmStart()
    started.push(second)
    await waitForHealth(`${api}/healthz`, second)
    expect(await titles()).toEqual(['Minister rejects the plan'])
    await stopWhole(second, 'SIGINT', port, END)
  })
})

/** The command of the README's quick start that adds an article to the running instance (its comment cut). */
function quickStartCommand(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const quickStart = readme.slice(
    readme.indexOf('## Quick start'),
    readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1),
  )
  const line = quickStart.split('\n').find((text) => text.includes('whosaid ingest --api'))
  if (line === undefined) throw new Error('the README quick start has no whosaid ingest --api command')
  return (line.split(' #')[0] ?? '').trim()
}

describe('npm start with the site', () => {
  const END = 'signal'
  /** The site, built once into a folder under node_modules (its imports find the packages from there). */
  let siteDist = ''
  beforeAll(async () => {
    const cache = join(ROOT, 'node_modules', '.cache')
    mkdirSync(cache, { recursive: true })
    siteDist = mkdtempSync(join(cache, 'whosaid-start-site-'))
    dirs.push(siteDist)
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs')
    await run(process.execPath, [astro, 'build', '--outDir', siteDist], { cwd: join(ROOT, 'apps/site') })
  })

  it('stops the API and the site whole on SIGTERM and on SIGINT; a second start on the same data folder serves both', async () => {
    const { dir, seeds } = workDir()
    const [apiPort, sitePort] = [await freePort(), await freePort()]
    const api = `http://127.0.0.1:${apiPort}`
    const site = `http://127.0.0.1:${sitePort}`
    const npmStart = () =>
      startGroup('npm', ['--prefix', ROOT, 'start'], {
        cwd: dir,
        env: cleanEnv({
          PORT: String(apiPort),
          SITE_PORT: String(sitePort),
          HOST: '127.0.0.1',
          WHOSAID_SEEDS: seeds,
          WHOSAID_SITE_DIST: siteDist,
        }),
      })
    /** Both servers answer: the API's health, and the site's home page, read through the API. */
    const serving = async (started: Started) => {
      await waitForHealth(`${api}/healthz`, started)
      await waitForHealth(`${site}/`, started)
      expect(started.output()).toContain(`whosaid site on ${site}`)
      expect(started.output()).toContain(`serving the site built in ${siteDist}`)
    }

    const first = npmStart()
    started.push(first)
    await serving(first)
    await stopWhole(first, 'SIGTERM', apiPort, END)
    expect(await isPortFree(sitePort)).toBe(true)

    const second = npmStart()
    started.push(second)
    await serving(second)
    await stopWhole(second, 'SIGINT', apiPort, END)
    expect(await isPortFree(sitePort)).toBe(true)
  })

  it('refuses a folder that holds no built site, in one line, before starting anything', async () => {
    const { dir, seeds } = workDir()
    const apiPort = await freePort()
    const npmStart = startGroup('npm', ['--prefix', ROOT, 'start'], {
      cwd: dir,
      env: cleanEnv({ PORT: String(apiPort), WHOSAID_SEEDS: seeds, WHOSAID_SITE_DIST: dir }),
    })
    started.push(npmStart)
    expect((await npmStart.exited).code).toBe(1)
    expect(npmStart.output()).toContain(`whosaid: ${dir} holds no built site`)
    expect(await groupGoneWithin(npmStart.child.pid as number, 5)).toBe(true)
    expect(await isPortFree(apiPort)).toBe(true)
  })
})
