import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Io } from '../io.ts'
import { storeOptions } from '../options.ts'

/** The help text of `whosaid serve`. */
export const serveHelp = `Usage: whosaid serve [options]

Runs the whosaid HTTP API (OpenAPI reference at /docs) over the embedded database, or PostgreSQL with --db.
The seed articles are ingested on first start, when the database is empty.

Options:
  --port N       the port (default 8787, or PORT)
  --host ADDR    the address (default 127.0.0.1, or HOST)
  --data DIR     the embedded database folder (default .whosaid, or WHOSAID_DATA)
  --db URL       a PostgreSQL URL instead (or DATABASE_URL)
  --json         report errors as JSON on standard error
  -h, --help     show this help

Writes (POST /v1/articles) need WHOSAID_API_TOKEN set; reads are open. The exit code is the server's.

Examples:
  whosaid serve
  WHOSAID_API_TOKEN=secret whosaid serve --port 9000 --data /tmp/news`

// The API is an app, and nothing imports the apps: the CLI starts it as its own process, from the workspace.
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))

/**
 * Runs `whosaid serve`: starts the API app in a child process and waits until it stops.
 * @example await runServe(['--port', '8787'], processIo())
 */
export async function runServe(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    io.stdout(`${serveHelp}\n`)
    return 0
  }
  const { dataDir, databaseUrl } = storeOptions(values)
  const flags = [
    ...(values.port === undefined ? [] : ['--port', values.port]),
    ...(values.host === undefined ? [] : ['--host', values.host]),
    ...(dataDir === undefined ? [] : ['--data', dataDir]),
  ]
  const child = spawn('npm', ['start', '--silent', '-w', '@whosaid/api', '--', ...flags], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      INIT_CWD: process.cwd(),
      ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
    },
  })
  const stop = () => child.kill('SIGTERM')
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 0)))
}
