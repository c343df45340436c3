// Test helpers shared by the store's and the API's suites (`@whosaid/store/testing`): a private PostgreSQL
// cluster started with scripts/pg-cluster.sh, and throwaway databases inside it.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import postgres from 'postgres'

const run = promisify(execFile)

/** The repository's cluster script. */
const SCRIPT = fileURLToPath(new URL('../../../scripts/pg-cluster.sh', import.meta.url))

/** A running private cluster. */
export type TestCluster = {
  /** A database in the cluster that the caller may use as an admin connection. */
  databaseUrl: string
  /** The cluster's folder, for `halt`/`resume`. */
  dir: string
  /** Stops the server, keeping its data (to test what happens while the database is down). */
  halt(): Promise<void>
  /** Starts a halted server again on the same port. */
  resume(): Promise<void>
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>
}

/** True when PostgreSQL's server binaries seem to be installed. */
export function hasPostgres(): boolean {
  return (
    existsSync('/usr/lib/postgresql') ||
    existsSync('/usr/local/bin/initdb') ||
    existsSync('/opt/homebrew/bin/initdb')
  )
}

/**
 * Starts a private PostgreSQL cluster on a free loopback port (initdb into a temporary folder, pg_ctl start).
 * @example const cluster = await startTestCluster(); …; await cluster.stop()
 */
export async function startTestCluster(): Promise<TestCluster> {
  const { stdout } = await run('bash', [SCRIPT, 'start'], { timeout: 120_000 })
  const vars = Object.fromEntries(
    [...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
  )
  const dir = vars.WHOSAID_PG_DIR
  const databaseUrl = vars.WHOSAID_TEST_DATABASE_URL
  if (!dir || !databaseUrl) throw new Error(`pg-cluster.sh printed no cluster:\n${stdout}`)
  const call = async (command: string) => {
    await run('bash', [SCRIPT, command, dir], { timeout: 120_000 })
  }
  return {
    databaseUrl,
    dir,
    halt: () => call('halt'),
    resume: () => call('resume'),
    stop: () => call('stop'),
  }
}

/** A throwaway database and how to drop it. */
export type TestDatabase = { url: string; drop(): Promise<void> }

/**
 * Creates an empty database next to the one `adminUrl` names, so each suite starts from nothing.
 * @example const { url, drop } = await createTestDatabase(inject('databaseUrl'))
 */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `whosaid_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  try {
    await admin.unsafe(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} })
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`)
      } finally {
        await dropper.end()
      }
    },
  }
}

/**
 * The PostgreSQL database a test run uses: `url` when given (CI sets WHOSAID_TEST_DATABASE_URL), else a private
 * cluster started here; on CI a missing URL is an error, elsewhere a machine without PostgreSQL gets null.
 * @example const { databaseUrl, stop } = await resolveTestDatabase({ url: undefined, ci: false })
 */
export async function resolveTestDatabase(options: {
  url: string | undefined
  ci: boolean
}): Promise<{ databaseUrl: string | null; stop: () => Promise<void> }> {
  if (options.url) return { databaseUrl: options.url, stop: async () => {} }
  if (options.ci) {
    throw new Error(
      'CI=true but WHOSAID_TEST_DATABASE_URL is not set: start a cluster with scripts/pg-cluster.sh start',
    )
  }
  if (!hasPostgres()) {
    console.warn('PostgreSQL is not installed: the PostgreSQL half of the store suite is skipped.')
    return { databaseUrl: null, stop: async () => {} }
  }
  const cluster = await startTestCluster()
  return { databaseUrl: cluster.databaseUrl, stop: cluster.stop }
}
