// The queue's benchmark: articles per second of `whosaid worker` with 1 and 2 worker processes and 1 and 2
// analysis threads each, in one run, on a private PostgreSQL cluster (scripts/pg-cluster.sh).
//
//   npm run bench:queue                      # every BBC article of ../shared/data/bbc-news and the PolNeAR dev texts
//   npm run bench:queue -- --limit 400       # a spread of 400 of them, for a quicker look
//   npm run bench:queue -- --runs 1x1,2x1    # only these runs (WORKERSxTHREADS)
//
// Each run gets a fresh database, queues every article (ingest --queue, not timed), then starts its workers with
// --drain and waits for them to exit. The rate is the articles stored over the time from the first job taken to
// the last job done, read from the queue's own table: process start-up is not counted, in either run. On Linux it
// also reads the CPU time the workers (threads included) and PostgreSQL spent over that time (from /proc), per
// article: what the rate would be on idle cores, whatever else the machine was doing.
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createTestDatabase, startTestCluster } from '@whosaid/store/testing'
import { listInputs } from '../src/list-inputs.ts'
import { type JobQueue, openJobQueue, sendJobs } from '../src/queue/job-queue.ts'
import { jobsOfInput } from '../src/queue/jobs-of-input.ts'

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url))
const FOLDERS = [
  ...['business', 'entertainment', 'politics', 'sport', 'tech'].map(
    (topic) => `${DATA}bbc-news/news/${topic}`,
  ),
  `${DATA}polnear/dev/text`,
]
const BIN = fileURLToPath(new URL('../bin/whosaid.js', import.meta.url))

/** One run: this many worker processes, each with this many analysis threads. */
type Run = { workers: number; threads: number }

/** What one run measured. */
type RunResult = Run & {
  articles: number
  seconds: number
  rate: number
  wallSeconds: number
  /** CPU milliseconds per article of the workers and of PostgreSQL, where /proc tells. */
  cpu?: { workers: number; postgres: number }
}

/** Clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux). */
const TICKS = 100

/** User plus system clock ticks of a process so far, or undefined once it is gone. */
function ticksOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return undefined
  }
}

/** The processes whose parent is `parent` (PostgreSQL's backends are the postmaster's children). */
function childrenOf(parent: number): number[] {
  const out: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent) out.push(Number(name))
    } catch {}
  }
  return out
}

/**
 * Samples the CPU ticks of a changing set of processes: `mark()` notes where each stands, `stop()` answers the
 * ticks spent since (a process that exits counts up to its last sample, a fifth of a second before).
 */
function cpuMeter(pids: () => number[]) {
  const start = new Map<number, number>()
  const last = new Map<number, number>()
  const read = () => {
    for (const pid of pids()) {
      const ticks = ticksOf(pid)
      if (ticks !== undefined) last.set(pid, ticks)
    }
  }
  const timer = setInterval(read, 200)
  return {
    mark() {
      read()
      for (const [pid, ticks] of last) start.set(pid, ticks)
    },
    stop(): number {
      read()
      clearInterval(timer)
      let spent = 0
      for (const [pid, ticks] of last) spent += ticks - (start.get(pid) ?? 0)
      return spent
    },
  }
}

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    runs: { type: 'string', default: '1x1,1x2,2x1,2x2' },
    concurrency: { type: 'string', default: '4' },
  },
})

/** Reads `--runs`: WORKERSxTHREADS, comma-separated. */
function parseRuns(text: string): Run[] {
  return text.split(',').map((part) => {
    const match = /^(\d)x(\d)$/.exec(part.trim())
    if (!match) throw new Error(`--runs takes WORKERSxTHREADS pairs such as 1x1,2x1, not "${part}"`)
    return { workers: Number(match[1]), threads: Number(match[2]) }
  })
}

/** Every k-th input, so that a limited run still spreads over every topic and source. */
function spread<Item>(items: readonly Item[], limit: number | undefined): Item[] {
  if (limit === undefined || limit >= items.length) return [...items]
  const step = items.length / limit
  return Array.from({ length: limit }, (_, index) => items[Math.floor(index * step)] as Item)
}

/** Runs `whosaid worker --drain` and resolves with its exit code; its process id goes into `pids`. */
function startWorker(databaseUrl: string, threads: number, pids: number[]): Promise<number | null> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'worker',
      '--db',
      databaseUrl,
      '--drain',
      '--threads',
      String(threads),
      '--concurrency',
      values.concurrency,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (child.pid !== undefined) pids.push(child.pid)
  return new Promise((resolve) => child.on('exit', resolve))
}

/** Resolves once `count` workers hold connections to the database (each names its own by its process id). */
async function waitForWorkers(queue: JobQueue, count: number): Promise<void> {
  for (;;) {
    const { rows } = await queue.boss.getDb().executeSql(
      `select count(distinct application_name)::int as up from pg_stat_activity
         where datname = current_database() and application_name like 'whosaid-worker %'`,
    )
    if ((rows[0] as { up: number }).up >= count) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function measure(
  adminUrl: string,
  postmaster: number | undefined,
  inputs: readonly string[],
  run: Run,
): Promise<RunResult> {
  const database = await createTestDatabase(adminUrl)
  try {
    const queue = await openJobQueue(database.url, { supervise: false })
    let queued = 0
    try {
      const context = { maxBytes: 5 * 1024 * 1024, timeoutSeconds: 15, stdin: async function* () {} }
      // Held back until every worker is up, so that no run counts a worker's start-up, nor works alone meanwhile.
      const startAfter = new Date(Date.now() + 86_400_000)
      for (const input of inputs) {
        queued += await sendJobs(queue, (await jobsOfInput(input, context)).jobs, { startAfter })
      }
      const started = performance.now()
      const pids: number[] = []
      const exits = Array.from({ length: run.workers }, () => startWorker(database.url, run.threads, pids))
      const workersCpu = cpuMeter(() => pids)
      const postgresCpu = cpuMeter(() => (postmaster === undefined ? [] : childrenOf(postmaster)))
      await waitForWorkers(queue, run.workers)
      workersCpu.mark()
      postgresCpu.mark()
      const db = queue.boss.getDb()
      const { rows: released } = await db.executeSql(
        `update pgboss.job set start_after = now() where name = $1 and state = 'created'
         returning now() as "releasedAt"`,
        [queue.name],
      )
      const codes = await Promise.all(exits)
      const workerTicks = workersCpu.stop()
      const postgresTicks = postgresCpu.stop()
      const wallSeconds = (performance.now() - started) / 1000
      if (codes.some((code) => code !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}`)
      const { rows } = await db.executeSql(
        `select count(*)::int as articles, extract(epoch from max(completed_on) - $2::timestamptz)::float as seconds
         from pgboss.job where name = $1 and state = 'completed'`,
        [queue.name, (released[0] as { releasedAt: Date }).releasedAt],
      )
      const { articles, seconds } = rows[0] as { articles: number; seconds: number }
      if (articles !== queued) throw new Error(`${queued} jobs queued but ${articles} done`)
      const perArticle = (ticks: number) => (ticks * 1000) / TICKS / articles
      const cpu =
        postmaster === undefined
          ? undefined
          : { workers: perArticle(workerTicks), postgres: perArticle(postgresTicks) }
      return { ...run, articles, seconds, rate: articles / seconds, wallSeconds, ...(cpu ? { cpu } : {}) }
    } finally {
      await queue.close()
    }
  } finally {
    await database.drop()
  }
}

const runs = parseRuns(values.runs)
const limit = values.limit === undefined ? undefined : Number(values.limit)
const inputs = spread(await listInputs(FOLDERS), limit)
const cluster = await startTestCluster()
/** The postmaster's process id, where /proc lets its backends be found (Linux). */
function readPostmaster(): number | undefined {
  try {
    if (!readdirSync('/proc').includes('self')) return undefined
    return Number(readFileSync(join(cluster.dir, 'data/postmaster.pid'), 'utf8').split('\n')[0])
  } catch {
    return undefined
  }
}
const postmaster = readPostmaster()
const results: RunResult[] = []
try {
  console.error(
    `${inputs.length} articles, runs ${values.runs}, --concurrency ${values.concurrency} per worker`,
  )
  for (const run of runs) {
    const result = await measure(cluster.databaseUrl, postmaster, inputs, run)
    console.error(
      `${run.workers} worker(s) x ${run.threads} thread(s): ${result.articles} articles in ${result.seconds.toFixed(1)} s, ` +
        `${result.rate.toFixed(2)} articles/s (wall ${result.wallSeconds.toFixed(1)} s with start-up)` +
        (result.cpu
          ? `; CPU per article ${result.cpu.workers.toFixed(1)} ms workers, ${result.cpu.postgres.toFixed(1)} ms PostgreSQL`
          : ''),
    )
    results.push(result)
  }
} finally {
  await cluster.stop()
}
const base = results.find((result) => result.workers === 1 && result.threads === 1) ?? results[0]
// CPU per article says what two free cores could do at most: 2000 ms / (workers + PostgreSQL) articles/s.
console.log(
  '| workers | threads each | articles | seconds | articles/s | vs 1 × 1 | CPU ms/article (workers + PostgreSQL) | cores busy |',
)
console.log(
  '| ------: | -----------: | -------: | ------: | ---------: | -------: | ----------------------------------: | ---------: |',
)
for (const result of results) {
  const ratio = base ? result.rate / base.rate : 1
  const cpu = result.cpu
    ? `${result.cpu.workers.toFixed(1)} + ${result.cpu.postgres.toFixed(1)} | ` +
      `${(((result.cpu.workers + result.cpu.postgres) * result.rate) / 1000).toFixed(2)}`
    : 'n/a | n/a'
  console.log(
    `| ${result.workers} | ${result.threads} | ${result.articles} | ${result.seconds.toFixed(1)} | ` +
      `${result.rate.toFixed(2)} | ${ratio.toFixed(2)}× | ${cpu} |`,
  )
}
