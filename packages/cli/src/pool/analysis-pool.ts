// A pool of worker threads that run core's `analyze`, so that `whosaid worker` analyzes on every core while its
// main thread keeps fetching, storing and sending the queue's heartbeats. The same pattern as the API's pool
// (apps/api/src/analysis-pool.ts), without its memory limit: a worker's job has the queue's retries instead.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Analysis, AnalyzeOptions } from '@whosaid/core'
import { CliError } from '../cli-error.ts'

/** A pool of analysis threads. */
export type AnalysisPool = {
  /** Analyzes a text on a free thread (or waits for one); rejects past the time limit. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>
  /** Terminates every thread; waiting and running analyses are rejected. */
  close(): Promise<void>
}

type Task = {
  id: number
  text: string
  options: AnalyzeOptions
  resolve: (analysis: Analysis) => void
  reject: (error: Error) => void
}
type Slot = { worker: Worker; task: Task | undefined; timer: NodeJS.Timeout | undefined }

const THREAD_URL = new URL('./analysis-thread.ts', import.meta.url)

/** The default number of threads: the machine's cores, at most 8. */
export function defaultThreads(): number {
  return Math.min(availableParallelism(), 8)
}

/**
 * Starts a pool of `threads` analysis threads (started on first use, replaced when one stops); an analysis
 * running past `timeLimitMs` has its thread terminated and fails with a `failed` CliError.
 * @example const pool = createAnalysisPool({ threads: 2 }); const analysis = await pool.analyze(text)
 */
export function createAnalysisPool(options: { threads: number; timeLimitMs?: number }): AnalysisPool {
  const size = Math.max(1, options.threads)
  const timeLimitMs = options.timeLimitMs ?? 120_000
  const slots: Slot[] = []
  const waiting: Task[] = []
  let nextId = 0
  let closed = false

  const finish = (slot: Slot): Task | undefined => {
    const task = slot.task
    if (slot.timer) clearTimeout(slot.timer)
    slot.task = undefined
    slot.timer = undefined
    return task
  }

  const replace = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1)
    void slot.worker.terminate()
    dispatch()
  }

  const spawn = (): Slot => {
    const worker = new Worker(THREAD_URL)
    const slot: Slot = { worker, task: undefined, timer: undefined }
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
      const task = finish(slot)
      if (task?.id === message.id) {
        if (message.analysis) task.resolve(message.analysis)
        else task.reject(new CliError('failed', message.error ?? 'the analysis failed'))
      }
      dispatch()
    })
    worker.on('error', (error: Error) => {
      finish(slot)?.reject(error)
      replace(slot)
    })
    worker.on('exit', () => {
      if (!slots.includes(slot)) return
      finish(slot)?.reject(new CliError('failed', 'the analysis thread stopped'))
      replace(slot)
    })
    worker.unref()
    slots.push(slot)
    return slot
  }

  const run = (slot: Slot, task: Task) => {
    slot.task = task
    slot.timer = setTimeout(() => {
      finish(slot)?.reject(new CliError('failed', `the analysis took longer than ${timeLimitMs / 1000} s`))
      replace(slot)
    }, timeLimitMs)
    slot.worker.postMessage({ id: task.id, text: task.text, options: task.options })
  }

  function dispatch(): void {
    while (!closed && waiting.length > 0) {
      const slot = slots.find((candidate) => !candidate.task) ?? (slots.length < size ? spawn() : undefined)
      if (!slot) return
      run(slot, waiting.shift() as Task)
    }
  }

  return {
    analyze(text, analyzeOptions = {}) {
      if (closed) return Promise.reject(new CliError('failed', 'the analysis pool is closed'))
      return new Promise<Analysis>((resolve, reject) => {
        waiting.push({ id: nextId++, text, options: analyzeOptions, resolve, reject })
        dispatch()
      })
    },
    async close() {
      closed = true
      const gone = new CliError('failed', 'the analysis pool is closed')
      for (const task of waiting.splice(0)) task.reject(gone)
      const all = slots.splice(0)
      for (const slot of all) finish(slot)?.reject(gone)
      await Promise.all(all.map((slot) => slot.worker.terminate()))
    },
  }
}
