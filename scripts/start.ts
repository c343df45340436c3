// `npm start`: the whole product on this machine. Builds the site if needed (turbo caches it), then runs the API
// (which owns the embedded database and ingests seeds/ on first start) and the site, which reads through the API.
// PORT (default 8787) and SITE_PORT (default 4321) choose the ports; HOST (default 127.0.0.1) the address.
// `npm start -- --api-only` runs the API alone, without building or serving the site.
// `npm start -- --site-dist DIR` (or WHOSAID_SITE_DIST=DIR) serves a site built already into DIR (`astro build
// --outDir DIR`, a folder inside this repository so that its imports find node_modules) and builds nothing: a
// deployment that builds once, and the tests, whose own build would race with the site's suite over apps/site/dist.
//
// The servers are this process's own children, started with this Node (no npm or shell between): SIGINT (Ctrl-C)
// or SIGTERM (a supervisor; npm passes it on, as the npm script execs this file) is passed on to each, one still
// running 4.5 s later is killed, and once they all have ended this process ends by the same signal when each
// stopped cleanly (so npm and the shell report it: 130 for Ctrl-C, 143 for SIGTERM), else with 1. A server that
// exits by itself stops the others, and its exit code is this process's.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { constants } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { GC_FLAG } from '../apps/api/src/gc-tuning.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: { 'api-only': { type: 'boolean', default: false }, 'site-dist': { type: 'string' } },
})
const host = process.env.HOST ?? '127.0.0.1'
const apiPort = process.env.PORT ?? '8787'
const apiUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${apiPort}`
const GRACE_MS = 4500
const siteDistGiven = values['site-dist'] ?? process.env.WHOSAID_SITE_DIST
/** The built site to serve when one was named (resolved against the folder npm start was run from). */
const siteDist = siteDistGiven ? resolve(process.env.INIT_CWD ?? process.cwd(), siteDistGiven) : undefined

/** What runs: the site's build (in a process group of its own, stopped as one) and the servers. */
const build: { child?: ChildProcess } = {}
const servers = new Set<ChildProcess>()
let stopping = false
let exitCode = 0
let received: NodeJS.Signals | undefined

/** The code a child's end reports: its own, or 128 + the signal's number. */
function codeOf(code: number | null, signal: NodeJS.Signals | null): number {
  return code ?? 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0))
}

/** Ends this process: by the signal it was stopped with when everything stopped cleanly, else with the code. */
function finish(): never {
  if (received !== undefined && exitCode === 0) {
    process.removeAllListeners(received)
    process.kill(process.pid, received)
  }
  process.exit(exitCode || 1)
}

/** Stops everything started, and ends once every server has (at once when none runs). */
function stop(code: number, signal?: NodeJS.Signals): void {
  if (stopping) return
  stopping = true
  exitCode = code
  received = signal
  if (build.child?.pid !== undefined && build.child.exitCode === null) killGroup(build.child.pid, 'SIGTERM')
  for (const server of servers) server.kill('SIGTERM')
  setTimeout(() => {
    if (build.child?.pid !== undefined && build.child.exitCode === null) killGroup(build.child.pid, 'SIGKILL')
    for (const server of servers) server.kill('SIGKILL')
  }, GRACE_MS).unref()
  if (servers.size === 0 && build.child?.exitCode !== null) finish()
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {}
}

process.once('SIGINT', () => stop(0, 'SIGINT'))
process.once('SIGTERM', () => stop(0, 'SIGTERM'))

/** Starts a server with this Node; its end, unasked, stops the rest. */
function runServer(cwd: string, args: string[], env: Record<string, string>): void {
  const server = spawn(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  })
  servers.add(server)
  server.once('exit', (code, signal) => {
    servers.delete(server)
    const ended = codeOf(code, signal)
    const clean = code === 0 || signal === 'SIGTERM' || signal === 'SIGINT'
    if (!stopping) stop(ended === 0 ? 1 : ended)
    else if (!clean) exitCode ||= 1
    if (servers.size === 0) finish()
  })
}

if (!values['api-only'] && siteDist !== undefined) {
  if (!existsSync(join(siteDist, 'server', 'entry.mjs'))) {
    console.error(
      `whosaid: ${siteDist} holds no built site (no server/entry.mjs); build one with astro build --outDir`,
    )
    process.exit(1)
  }
  console.log(`whosaid: serving the site built in ${siteDist}`)
} else if (!values['api-only']) {
  const built = await runBuild()
  if (stopping) finish()
  if (built !== 0) {
    console.error('whosaid: building the site failed (see above)')
    process.exit(built)
  }
}
runServer(fileURLToPath(new URL('../apps/api/', import.meta.url)), [GC_FLAG, 'src/start.ts'], {
  PORT: apiPort,
  HOST: host,
  INIT_CWD: process.env.INIT_CWD ?? root,
})
if (!values['api-only']) {
  await waitForHealth(`${apiUrl}/healthz`)
  if (!stopping) {
    runServer(fileURLToPath(new URL('../apps/site/', import.meta.url)), ['scripts/start.ts'], {
      ASTRO_NODE_AUTOSTART: 'disabled',
      WHOSAID_API_URL: apiUrl,
      SITE_PORT: process.env.SITE_PORT ?? '4321',
      HOST: host,
      ...(siteDist === undefined ? {} : { WHOSAID_SITE_DIST: siteDist }),
    })
  }
}

/** Builds the site with turbo (cached after the first time); answers the exit code. */
function runBuild(): Promise<number> {
  const child = spawn(
    'npx',
    ['turbo', 'run', 'build', '--filter=@whosaid/site', '--output-logs=errors-only'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group, so that stopping it stops the npm, turbo and astro processes under it.
      detached: true,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  )
  build.child = child
  return new Promise((resolve) => {
    child.once('error', () => resolve(1))
    child.once('exit', (code, signal) => resolve(codeOf(code, signal)))
  })
}

/** Waits until the API answers, so the site's first page has data (seeding the first time takes a few seconds). */
async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
