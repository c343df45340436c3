// The queue's benchmark: articles per second of `whosaid worker` with 1 and 2 worker processes and 1 and 2
// analysis threads each, and with workers that take one fetch of jobs at a time (--concurrency 1) as well as the
// default, in one run, on a private PostgreSQL cluster (scripts/pg-cluster.sh). Each run also prints the cores it
// kept busy (CPU seconds over wall seconds, workers and PostgreSQL apart).
//
//   npm run bench:queue                      # every BBC article of ../shared/data/bbc-news and the PolNeAR dev texts
//   npm run bench:queue -- --limit 400       # a spread of 400 of them, for a quicker look
//   npm run bench:queue -- --runs 1x1,2x1    # only these runs (WORKERSxTHREADS)
//   npm run bench:queue -- --runs 1x1c1,2x1c1,1x1,2x1   # cN: this run's workers take --concurrency N
//   npm run bench:queue -- --runs 1x1,2x1,1x1,2x1,1x1,2x1   # each three times, alternating: compare medians
//   npm run bench:queue -- --warmup 250      # warm-up articles per worker before the measured ones (default 100)
//   npm run bench:queue -- --statements      # also PostgreSQL's busiest statements per article (pg_stat_statements)
//
// After the table of runs, a table of each configuration's medians over its runs (rate, CPU per article) and of
// the ratio of its median rate to the one-worker configuration's with the same threads and concurrency: on a
// shared machine one run can be far off, and a configuration run several times is compared by its median.
//
// Each run gets a fresh database, queues every article (ingest --queue, not timed), then starts its workers with
// --drain. Once every worker is up, each first works --warmup PolNeAR train articles (none of them measured): a
// worker process loads its models and JIT-compiles its hot code over its first hundred or two articles, which a
// long-running worker pays once but which would otherwise weigh on a short run, twice as much with two workers.
// The rate is the measured articles stored over the time from their release to the last one done, read from the
// queue's own table. On Linux it also reads the CPU time the workers and PostgreSQL spent over that time (from
// /proc), per article, split by thread (each worker's main thread, its analysis threads, V8's and libuv's helpers)
// and by PostgreSQL process (the workers' store connections, their queue connections, the server's background),
// and the store's re-runs of a write that lost a race, of the measured articles only (their jobs' results).
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createTestDatabase, startTestCluster, type TestCluster } from '@whosaid/store/testing'
import { listInputs } from '../src/list-inputs.ts'
import { type JobQueue, openJobQueue, sendJobs } from '../src/queue/job-queue.ts'
import { jobsOfInput } from '../src/queue/jobs-of-input.ts'
import { type CompletedJob, measuredRetries } from './measured-retries.ts'
import { configurationMedians } from './run-medians.ts'

const DATA = fileURLToPath(new URL('../../../../shared/data/', import.meta.url))
const FOLDERS = [
  ...['business', 'entertainment', 'politics', 'sport', 'tech'].map(
    (topic) => `${DATA}bbc-news/news/${topic}`,
  ),
  `${DATA}polnear/dev/text`,
]
/** Articles that warm each worker up before the measured ones: PolNeAR train texts, none of them measured. */
const WARMUP_FOLDER = `${DATA}polnear/train/text`
const BIN = fileURLToPath(new URL('../bin/whosaid.js', import.meta.url))

/** One run: this many worker processes, each with this many analysis threads and this many fetchers. */
type Run = { workers: number; threads: number; concurrency: number }

/** What one run measured. */
type RunResult = Run & {
  articles: number
  seconds: number
  rate: number
  wallSeconds: number
  /** Seconds the warm-up articles took, from their release to the last one done. */
  warmSeconds: number
  /** Times the store ran a measured article's write again, over every worker (warm-up articles left out). */
  storeRetries: number
  /**
   * CPU milliseconds per article of the workers and of PostgreSQL, by part, where /proc tells, and the cores
   * each kept busy: its CPU seconds over the wall seconds they were metered (from the measured jobs' release
   * to the last worker's exit).
   */
  cpu?: {
    workers: Map<string, number>
    postgres: Map<string, number>
    workerCores: number
    postgresCores: number
  }
  /** PostgreSQL's busiest statements (--statements). */
  statements?: StatementCost[]
}

/** One statement's share of PostgreSQL's time (planning included), per article, from pg_stat_statements. */
type StatementCost = { query: string; calls: number; ms: number; planMs: number; rows: number }

/** Clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux). */
const TICKS = 100

/** User plus system clock ticks of a /proc stat file so far, or undefined once it is gone. */
function ticksOf(statPath: string): number | undefined {
  try {
    const stat = readFileSync(statPath, 'utf8')
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

/** One thread or process being metered: the /proc stat file to read and the part of the total it counts for. */
type Metered = { stat: string; part: string }

/** A worker process's threads: the main thread, the analysis threads, and V8's and libuv's helpers. */
function workerThreads(pids: readonly number[]): Metered[] {
  const out: Metered[] = []
  for (const pid of pids) {
    let tasks: string[] = []
    try {
      tasks = readdirSync(`/proc/${pid}/task`)
    } catch {}
    for (const task of tasks) {
      let name = ''
      try {
        name = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim()
      } catch {}
      const part = name === 'MainThread' ? 'main' : name === 'WorkerThread' ? 'analysis' : 'helpers'
      out.push({ stat: `/proc/${pid}/task/${task}/stat`, part })
    }
  }
  return out
}

/**
 * Samples the CPU ticks of a changing set of threads or processes: `mark()` notes where each stands, `stop()`
 * answers the ticks spent since by part (one that exits counts up to its last sample, a fifth of a second before).
 */
function cpuMeter(metered: () => Metered[]) {
  const start = new Map<string, number>()
  const last = new Map<string, { ticks: number; part: string }>()
  const read = () => {
    for (const { stat, part } of metered()) {
      const ticks = ticksOf(stat)
      // A part learnt late (a backend whose connection was not yet listed) replaces 'other'.
      if (ticks !== undefined)
        last.set(stat, { ticks, part: part === 'other' ? (last.get(stat)?.part ?? part) : part })
    }
  }
  const timer = setInterval(read, 200)
  return {
    mark() {
      read()
      for (const [stat, { ticks }] of last) start.set(stat, ticks)
    },
    stop(): Map<string, number> {
      read()
      clearInterval(timer)
      const spent = new Map<string, number>()
      for (const [stat, { ticks, part }] of last)
        spent.set(part, (spent.get(part) ?? 0) + ticks - (start.get(stat) ?? 0))
      return spent
    },
  }
}

/** The sum of a meter's parts. */
function total(parts: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const ticks of parts.values()) sum += ticks
  return sum
}

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    // Single-job workers (c1: one fetcher) first, then the default --concurrency, with 1 and 2 threads.
    runs: { type: 'string', default: '1x1c1,2x1c1,1x1,2x1,1x2,2x2' },
    concurrency: { type: 'string', default: '4' },
    statements: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '100' },
  },
})

/** Reads `--runs`: WORKERSxTHREADS, each with an optional cN (--concurrency N for that run), comma-separated. */
function parseRuns(text: string, concurrency: number): Run[] {
  return text.split(',').map((part) => {
    const match = /^(\d)x(\d)(?:c(\d{1,2}))?$/.exec(part.trim())
    if (!match) throw new Error(`--runs takes WORKERSxTHREADS[cN] such as 1x1,2x1,1x1c1, not "${part}"`)
    return {
      workers: Number(match[1]),
      threads: Number(match[2]),
      concurrency: match[3] === undefined ? concurrency : Number(match[3]),
    }
  })
}

/** Every k-th input, so that a limited run still spreads over every topic and source. */
function spread<Item>(items: readonly Item[], limit: number | undefined): Item[] {
  if (limit === undefined || limit >= items.length) return [...items]
  const step = items.length / limit
  return Array.from({ length: limit }, (_, index) => items[Math.floor(index * step)] as Item)
}

/** A worker's exit: its code. */
type WorkerExit = { code: number | null }

/** Runs `whosaid worker --drain --json` and resolves with its exit; its process id goes into `pids`. */
function startWorker(databaseUrl: string, run: Run, pids: number[]): Promise<WorkerExit> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'worker',
      '--db',
      databaseUrl,
      '--drain',
      '--json',
      '--threads',
      String(run.threads),
      '--concurrency',
      String(run.concurrency),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  if (child.pid !== undefined) pids.push(child.pid)
  // Its --json summary counts the warm-up articles too: the measured ones' figures come from the queue's table.
  child.stdout.resume()
  return new Promise((resolve) => child.on('close', (code) => resolve({ code })))
}

/**
 * What each PostgreSQL process serves, refreshed while a run lasts: the workers' queue connections (pg-boss,
 * named `whosaid-worker PID`), their store connections, this benchmark's own, and the server's background.
 */
function backendRoles(queue: JobQueue) {
  const roles = new Map<number, string>()
  const read = async () => {
    const { rows } = await queue.boss.getDb().executeSql(
      `select pid, case when backend_type <> 'client backend' then 'background'
         when application_name like 'whosaid-worker %' then 'queue'
         when application_name = 'whosaid-queue' then 'bench' else 'store' end as role
       from pg_stat_activity`,
    )
    for (const row of rows as { pid: number; role: string }[]) roles.set(row.pid, row.role)
  }
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const loop = () => {
    if (!stopped) timer = setTimeout(() => read().then(loop, loop), 300)
  }
  return {
    roles,
    start: async () => {
      await read()
      loop()
    },
    stop: () => {
      stopped = true
      clearTimeout(timer)
    },
  }
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

/**
 * Lets the held-back jobs of one phase go (warm-up jobs wait a day, measured ones three); answers when, by the
 * database's clock.
 */
async function releaseJobs(queue: JobQueue, phase: 'warm-up' | 'measured'): Promise<Date> {
  const { rows } = await queue.boss.getDb().executeSql(
    `with released as (
       update pgboss.job set start_after = now() where name = $1 and state = 'created'
         and start_after ${phase === 'warm-up' ? '<' : '>'} now() + interval '2 days' returning 1)
     select now() as "releasedAt", (select count(*) from released) as n`,
    [queue.name],
  )
  return (rows[0] as { releasedAt: Date }).releasedAt
}

/** Resolves once no warm-up job is left waiting or active. */
async function waitForWarmUp(queue: JobQueue): Promise<void> {
  for (;;) {
    const { rows } = await queue.boss.getDb().executeSql(
      `select exists (select 1 from pgboss.job where name = $1 and state in ('created', 'retry', 'active')
         and start_after < now() + interval '2 days') as live`,
      [queue.name],
    )
    if (!(rows[0] as { live: boolean }).live) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Milliseconds of CPU per article, by part, from clock ticks by part. */
function perArticle(ticks: ReadonlyMap<string, number>, articles: number): Map<string, number> {
  return new Map([...ticks].map(([part, spent]) => [part, (spent * 1000) / TICKS / articles]))
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
      // Every job is held back until every worker is up, so that no run counts a worker's start-up; the warm-up
      // jobs go first, and the measured ones once they are all done.
      const warmAfter = new Date(Date.now() + 86_400_000)
      const measuredAfter = new Date(Date.now() + 3 * 86_400_000)
      for (const input of warmupInputs.slice(0, run.workers * warmupPerWorker)) {
        await sendJobs(queue, (await jobsOfInput(input, context)).jobs, { startAfter: warmAfter })
      }
      for (const input of inputs) {
        queued += await sendJobs(queue, (await jobsOfInput(input, context)).jobs, {
          startAfter: measuredAfter,
        })
      }
      const db = queue.boss.getDb()
      if (values.statements) await db.executeSql('create extension if not exists pg_stat_statements')
      const started = performance.now()
      const pids: number[] = []
      const exits = Array.from({ length: run.workers }, () => startWorker(database.url, run, pids))
      const backends = backendRoles(queue)
      await backends.start()
      const workersCpu = cpuMeter(() => workerThreads(pids))
      const postgresCpu = cpuMeter(() =>
        postmaster === undefined
          ? []
          : childrenOf(postmaster).map((pid) => ({
              stat: `/proc/${pid}/stat`,
              part: backends.roles.get(pid) ?? 'other',
            })),
      )
      await waitForWorkers(queue, run.workers)
      const warmStarted = performance.now()
      await releaseJobs(queue, 'warm-up')
      await waitForWarmUp(queue)
      const warmSeconds = (performance.now() - warmStarted) / 1000
      workersCpu.mark()
      postgresCpu.mark()
      const meterStarted = performance.now()
      if (values.statements) await db.executeSql('select pg_stat_statements_reset()')
      const releasedAt = await releaseJobs(queue, 'measured')
      const ended = await Promise.all(exits)
      const workerTicks = workersCpu.stop()
      const postgresTicks = postgresCpu.stop()
      const meteredSeconds = (performance.now() - meterStarted) / 1000
      backends.stop()
      const wallSeconds = (performance.now() - started) / 1000
      const codes = ended.map(({ code }) => code)
      if (codes.some((code) => code !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}`)
      const { rows } = await db.executeSql(
        `select count(*)::int as articles, extract(epoch from max(completed_on) - $2::timestamptz)::float as seconds
         from pgboss.job where name = $1 and state = 'completed' and started_on >= $2::timestamptz`,
        [queue.name, releasedAt],
      )
      const { articles, seconds } = rows[0] as { articles: number; seconds: number }
      if (articles !== queued) throw new Error(`${queued} jobs queued but ${articles} done`)
      const completed = await db.executeSql(
        `select started_on as "startedOn", output from pgboss.job where name = $1 and state = 'completed'`,
        [queue.name],
      )
      const storeRetries = measuredRetries(completed.rows as CompletedJob[], releasedAt)
      const cpu =
        postmaster === undefined
          ? undefined
          : {
              workers: perArticle(workerTicks, articles),
              postgres: perArticle(postgresTicks, articles),
              workerCores: total(workerTicks) / TICKS / meteredSeconds,
              postgresCores: total(postgresTicks) / TICKS / meteredSeconds,
            }
      const statements = values.statements ? await topStatements(queue, articles) : undefined
      return {
        ...run,
        articles,
        seconds,
        rate: articles / seconds,
        wallSeconds,
        warmSeconds,
        storeRetries,
        ...(cpu ? { cpu } : {}),
        ...(statements ? { statements } : {}),
      }
    } finally {
      await queue.close()
    }
  } finally {
    await database.drop()
  }
}

/** The statements that took most of PostgreSQL's time in this database since the last reset, per article. */
async function topStatements(queue: JobQueue, articles: number): Promise<StatementCost[]> {
  const { rows } = await queue.boss.getDb().executeSql(
    `select query, calls::int as calls, (total_exec_time + total_plan_time)::float as ms,
       total_plan_time::float as "planMs", rows::int as rows from pg_stat_statements
     where dbid = (select oid from pg_database where datname = current_database())
     order by total_exec_time + total_plan_time desc limit 14`,
  )
  return (rows as StatementCost[]).map((row) => ({
    query: row.query.replace(/\s+/g, ' ').slice(0, 150),
    calls: row.calls / articles,
    ms: row.ms / articles,
    planMs: row.planMs / articles,
    rows: row.rows / articles,
  }))
}

/** Runs statements as the cluster's superuser, in a throwaway database. */
async function asAdmin(cluster: TestCluster, statements: readonly string[]): Promise<void> {
  const database = await createTestDatabase(cluster.databaseUrl)
  const queue = await openJobQueue(database.url, { supervise: false })
  try {
    for (const statement of statements) await queue.boss.getDb().executeSql(statement)
  } finally {
    await queue.close()
    await database.drop()
  }
}

/** Loads pg_stat_statements into the cluster (a restart), with planning counted, for --statements. */
async function loadStatementStats(cluster: TestCluster): Promise<void> {
  await asAdmin(cluster, [`alter system set shared_preload_libraries = 'pg_stat_statements'`])
  await cluster.halt()
  await cluster.resume()
  await asAdmin(cluster, [
    'alter system set pg_stat_statements.track_planning = on',
    'select pg_reload_conf()',
  ])
}

/** A part's milliseconds, 0 when it spent none. */
function ms(parts: ReadonlyMap<string, number>, part: string): string {
  return (parts.get(part) ?? 0).toFixed(1)
}

const runs = parseRuns(values.runs, Number(values.concurrency))
const limit = values.limit === undefined ? undefined : Number(values.limit)
const inputs = spread(await listInputs(FOLDERS), limit)
const warmupPerWorker = Number(values.warmup)
const warmupInputs = await listInputs([WARMUP_FOLDER])
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
const results: RunResult[] = []
try {
  if (values.statements) await loadStatementStats(cluster)
  const postmaster = readPostmaster()
  console.error(
    `${inputs.length} articles after ${warmupPerWorker} warm-up articles per worker, runs ${values.runs}, ` +
      `--concurrency ${values.concurrency} per worker unless a run says cN; ` +
      `load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
  )
  for (const run of runs) {
    const result = await measure(cluster.databaseUrl, postmaster, inputs, run)
    const { cpu } = result
    console.error(
      `${run.workers} worker(s) x ${run.threads} thread(s), --concurrency ${run.concurrency}: ${result.articles} articles in ${result.seconds.toFixed(1)} s, ` +
        `${result.rate.toFixed(2)} articles/s (warm-up ${result.warmSeconds.toFixed(1)} s, wall ${result.wallSeconds.toFixed(1)} s with start-up), ` +
        `${(result.storeRetries / result.articles).toFixed(3)} store retries per article; load ${loadavg()[0]?.toFixed(2)}` +
        (cpu
          ? `\n  cores busy: workers ${cpu.workerCores.toFixed(2)}, PostgreSQL ${cpu.postgresCores.toFixed(2)}` +
            `\n  CPU ms per article: workers ${(total(cpu.workers)).toFixed(1)} (main thread ${ms(cpu.workers, 'main')}, ` +
            `analysis ${ms(cpu.workers, 'analysis')}, V8/libuv helpers ${ms(cpu.workers, 'helpers')}); ` +
            `PostgreSQL ${total(cpu.postgres).toFixed(1)} (store ${ms(cpu.postgres, 'store')}, queue ${ms(cpu.postgres, 'queue')}, ` +
            `background ${ms(cpu.postgres, 'background')}, other ${(total(cpu.postgres) - (cpu.postgres.get('store') ?? 0) - (cpu.postgres.get('queue') ?? 0) - (cpu.postgres.get('background') ?? 0)).toFixed(1)})`
          : ''),
    )
    for (const statement of result.statements ?? [])
      console.error(
        `  ${statement.ms.toFixed(2)} ms (planning ${statement.planMs.toFixed(2)}), ${statement.calls.toFixed(2)} calls, ` +
          `${statement.rows.toFixed(1)} rows: ${statement.query}`,
      )
    results.push(result)
  }
} finally {
  await cluster.stop()
}
/** The run a result is compared with: the last one-worker run before it (or the first after) with its settings. */
function baseOf(result: RunResult): RunResult | undefined {
  const alike = (other: RunResult) =>
    other.workers === 1 && other.threads === result.threads && other.concurrency === result.concurrency
  const at = results.indexOf(result)
  return results.slice(0, at + 1).findLast(alike) ?? results.find(alike)
}
// CPU per article says what two free cores could do at most: 2000 ms / (workers + PostgreSQL) articles/s; the
// cores busy (CPU seconds / wall seconds) say how much of the machine a configuration used.
console.log(
  '| workers | threads each | concurrency | articles | seconds | articles/s | vs 1 worker | CPU ms/article (workers + PostgreSQL) | cores busy (workers + PostgreSQL) | store retries/article |',
)
console.log(
  '| ------: | -----------: | ----------: | -------: | ------: | ---------: | ----------: | ----------------------------------: | --------------------------------: | --------------------: |',
)
for (const result of results) {
  const base = baseOf(result)
  const ratio = base ? `${(result.rate / base.rate).toFixed(2)}×` : 'n/a'
  const cpu = result.cpu
    ? `${total(result.cpu.workers).toFixed(1)} + ${total(result.cpu.postgres).toFixed(1)} | ` +
      `${(result.cpu.workerCores + result.cpu.postgresCores).toFixed(2)} (${result.cpu.workerCores.toFixed(2)} + ${result.cpu.postgresCores.toFixed(2)})`
    : 'n/a | n/a'
  console.log(
    `| ${result.workers} | ${result.threads} | ${result.concurrency} | ${result.articles} | ${result.seconds.toFixed(1)} | ` +
      `${result.rate.toFixed(2)} | ${ratio} | ${cpu} | ${(result.storeRetries / result.articles).toFixed(3)} |`,
  )
}
// Each configuration's medians over its runs, and the ratio of medians that the rule of 2 workers >= 1.5x one is
// read from.
console.log('')
console.log(
  '| workers | threads each | concurrency | runs | median articles/s | median vs 1 worker | median CPU ms/article (workers + PostgreSQL) |',
)
console.log(
  '| ------: | -----------: | ----------: | ---: | ----------------: | -----------------: | -------------------------------------------: |',
)
const medians = configurationMedians(
  results.map((result) => ({
    ...result,
    cpuMs: result.cpu && { workers: total(result.cpu.workers), postgres: total(result.cpu.postgres) },
  })),
)
for (const row of medians) {
  const ratio = row.vsOneWorker === undefined ? 'n/a' : `${row.vsOneWorker.toFixed(2)}×`
  const cpu = row.cpuMs ? `${row.cpuMs.workers.toFixed(1)} + ${row.cpuMs.postgres.toFixed(1)}` : 'n/a'
  console.log(
    `| ${row.workers} | ${row.threads} | ${row.concurrency} | ${row.runs} | ${row.rate.toFixed(2)} | ${ratio} | ${cpu} |`,
  )
}
