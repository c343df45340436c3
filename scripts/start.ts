// `npm start`: the whole product on this machine. Builds the site if needed (turbo caches it), then runs the API
// (which owns the embedded database and ingests seeds/ on first start) and the site, which reads through the API.
// PORT (default 8787) and SITE_PORT (default 4321) choose the ports; HOST (default 127.0.0.1) the address.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const host = process.env.HOST ?? '127.0.0.1'
const apiPort = process.env.PORT ?? '8787'
const apiUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${apiPort}`

const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@whosaid/site', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  },
)
if (build.status !== 0) {
  console.error('whosaid: building the site failed (see above)')
  process.exit(build.status ?? 1)
}

const children: ChildProcess[] = []
const run = (workspace: string, env: Record<string, string>) => {
  const child = spawn('npm', ['start', '--silent', '-w', workspace], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? root, ...env },
  })
  children.push(child)
  child.once('exit', (code) => shutdown(code ?? 1))
  return child
}

let stopping = false
function shutdown(code: number): void {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500).unref()
}
process.once('SIGINT', () => shutdown(0))
process.once('SIGTERM', () => shutdown(0))

run('@whosaid/api', { PORT: apiPort, HOST: host })
await waitForHealth(`${apiUrl}/healthz`)
if (!stopping)
  run('@whosaid/site', { WHOSAID_API_URL: apiUrl, SITE_PORT: process.env.SITE_PORT ?? '4321', HOST: host })

/** Waits until the API answers, so the site's first page has data (seeding the first time takes a few seconds). */
async function waitForHealth(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
