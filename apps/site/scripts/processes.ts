// Starting and stopping the API and the site as child processes, for the browser suite and the bench.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** apps/site. */
export const SITE_DIR = fileURLToPath(new URL('..', import.meta.url))

/** The repository root. */
export const ROOT_DIR = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * A free port in 20000–32767 on 127.0.0.1: below Linux's ephemeral range (32768–60999), from which the kernel
 * hands out ports to servers listening on port 0 and to outgoing connections, so that while the process it is for
 * starts, none of those takes it.
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_768)
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
}

/** Starts a command in its own process group (so stopping it stops what it started), keeping its last output. */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString())
    if (log.length > 200) log.shift()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.once('exit', (code, signal) => {
    if (code) console.error(`${name} exited with ${code ?? signal}:\n${log.join('')}`)
  })
  return child
}

/** Stops a process started by `startProcess`, with everything it started; waits for it to exit. */
export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
}

/** Waits until `url` answers anything but a server error (the site's /404 answers 404 by design). */
export async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

/** Runs a command to completion; rejects with its output when it fails. */
export function runCommand(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk
    })
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}:\n${output}`)),
    )
  })
}

/** Builds the site into dist/ with `astro build`. */
export function buildSite(): Promise<void> {
  return runCommand(process.execPath, [join(ROOT_DIR, 'node_modules/astro/bin/astro.mjs'), 'build'], SITE_DIR)
}

/**
 * Starts a server on a free port and waits until `path` answers; when the process exits first (another process
 * took the port in between), tries another port, three times in all.
 */
async function startOnFreePort(
  start: (port: number) => ChildProcess,
  path: string,
  seconds: number,
): Promise<{ url: string; process: ChildProcess }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const child = start(port)
    const url = `http://127.0.0.1:${port}`
    try {
      await waitFor(`${url}${path}`, child, seconds)
      return { url, process: child }
    } catch (error) {
      const exited = child.exitCode !== null
      await stopProcess(child)
      if (attempt === 3 || !exited) throw error
    }
  }
}

/**
 * Starts the real API (`npm start -w @whosaid/api`) over the embedded database in `dataDir`; `env` adds to or
 * overrides its environment (rate limits off by default).
 */
export function startApi(
  dataDir: string,
  token: string,
  env: Record<string, string> = {},
): Promise<{ url: string; process: ChildProcess }> {
  return startOnFreePort((port) => spawnApi(port, dataDir, token, env), '/healthz', 180)
}

/** `npm start -w @whosaid/api` on `port`. */
function spawnApi(port: number, dataDir: string, token: string, env: Record<string, string>): ChildProcess {
  return startProcess(
    'API',
    'npm',
    [
      'run',
      'start',
      '-w',
      '@whosaid/api',
      '--',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
    ],
    {
      cwd: ROOT_DIR,
      env: { WHOSAID_API_TOKEN: token, WHOSAID_RATE_LIMIT: '0', DATABASE_URL: '', WHOSAID_DATA: '', ...env },
    },
  )
}

/**
 * Starts the built site (`scripts/start.ts`) pointed at `apiUrl`; `env` adds to or overrides its environment
 * (its rate limit off by default, as the suite's pages come from one address).
 */
export function startSite(
  apiUrl: string,
  env: Record<string, string> = {},
): Promise<{ url: string; process: ChildProcess }> {
  const start = (port: number) =>
    startProcess('site', process.execPath, ['scripts/start.ts'], {
      cwd: SITE_DIR,
      env: {
        ASTRO_NODE_AUTOSTART: 'disabled',
        WHOSAID_API_URL: apiUrl,
        SITE_PORT: String(port),
        HOST: '127.0.0.1',
        SITE_RATE_LIMIT: '0',
        ...env,
      },
    })
  return startOnFreePort(start, '/404', 30)
}
