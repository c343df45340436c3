import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CliError } from '../cli-error.ts'
import type { Io } from '../io.ts'
import { NODE_FLAGS } from '../node-flags.ts'
import { storeOptions } from '../options.ts'
import { superviseChild } from '../supervise.ts'

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

Reads are open. Writes (POST /v1/articles) need the token in WHOSAID_API_TOKEN; without one, a server on
loopback over the embedded database makes its own, keeps it in the data folder (api-token, mode 0600) and
prints the command that adds an article (whosaid ingest --api URL FILE, which finds that token itself).

SIGINT (Ctrl-C) or SIGTERM stops the server, its database closed and its port freed, within 5 s; the exit code
is then the signal's, as a shell reports it (130 for Ctrl-C, 143 for SIGTERM). A server that fails exits with
its own code.

Examples:
  whosaid serve
  WHOSAID_API_TOKEN=secret whosaid serve --port 9000 --data /tmp/news`

/** The V8 flag the API's own start script runs with (apps/api/src/gc-tuning.ts says why). */
export const API_NODE_FLAGS: readonly string[] = NODE_FLAGS

/**
 * The API's start script, found the way Node resolves a dependency: in this repository or wherever the CLI is
 * installed with its dependencies. The API is an app, which nothing imports: the CLI runs it as a process.
 */
export function apiStartScript(): string {
  try {
    return fileURLToPath(import.meta.resolve('@whosaid/api/start'))
  } catch {
    throw new CliError('not-found', 'the whosaid API (@whosaid/api) is not installed beside the CLI')
  }
}

/** Reads `--port`: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string): string {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new CliError('usage', `--port takes a whole number from 0 to 65535, not "${value}"`)
  }
  return value
}

/**
 * Runs `whosaid serve`: starts the API app in a child process of this Node (no npm), passes SIGINT and SIGTERM on
 * to it, and answers its exit code once it stops.
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
    ...(values.port === undefined ? [] : ['--port', parsePort(values.port)]),
    ...(values.host === undefined ? [] : ['--host', values.host]),
    ...(dataDir === undefined ? [] : ['--data', dataDir]),
  ]
  const child = spawn(process.execPath, [...API_NODE_FLAGS, apiStartScript(), ...flags], {
    stdio: 'inherit',
    env: {
      ...process.env,
      INIT_CWD: process.cwd(),
      ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
    },
  })
  return await superviseChild(child)
}
