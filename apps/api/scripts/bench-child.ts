// Starts scripts/bench-server.ts as a child process and waits for its `ready URL` line.
import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { GC_FLAG } from '../src/gc-tuning.ts'

const SERVER = fileURLToPath(new URL('./bench-server.ts', import.meta.url))

/** A running benchmark server. */
export type BenchServer = { url: string; pid: number; stop(): Promise<void> }

/** Starts the benchmark server over a PGlite folder or a PostgreSQL URL, with its pool size and process count. */
export async function startBenchServer(
  where: { data?: string; databaseUrl?: string },
  tuning: { pool?: number; workers?: number } = {},
): Promise<BenchServer> {
  // The server starts as `npm start` starts the API.
  const args = [
    GC_FLAG,
    SERVER,
    ...(where.data ? ['--data', where.data] : []),
    ...(where.databaseUrl ? ['--database-url', where.databaseUrl] : []),
    ...(tuning.pool ? ['--pool', String(tuning.pool)] : []),
    ...(tuning.workers ? ['--workers', String(tuning.workers)] : []),
  ]
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const match = /ready (http\S+)/.exec(buffer)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)))
  })
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
