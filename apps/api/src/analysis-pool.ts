// A small pool of worker threads that run core's `analyze`, so that a large text never blocks the event loop.
// Each analysis has a time limit (the thread is terminated and replaced) and a memory limit (resourceLimits).
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Analysis, AnalyzeOptions } from '@whosaid/core'
import { AnalysisLimitError } from './analysis-limit.ts'

/** How the pool is sized and limited. */
export type AnalysisPoolOptions = {
  /** Threads (default: the cores, at most 4). */
  threads?: number | undefined
  /** Milliseconds one analysis may run before its thread is terminated (default 60 s). */
  timeLimitMs?: number | undefined
  /** The heap (old generation) one thread may use, in MB (default 2048). */
  memoryLimitMb?: number | undefined
}

/** A pool of analysis threads. */
export type AnalysisPool = {
  /** Analyzes a text on a free thread; rejects with AnalysisLimitError past a limit. */
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

const WORKER_URL = new URL('./analysis-worker.ts', import.meta.url)

/**
 * Starts a pool; threads start on first use and are replaced when a limit stops one.
 * @example
 * const pool = createAnalysisPool({ threads: 2, timeLimitMs: 30_000 })
 * const analysis = await pool.analyze(text)
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const size = Math.max(1, options.threads ?? Math.min(availableParallelism(), 4))
  const timeLimitMs = options.timeLimitMs ?? 60_000
  const memoryLimitMb = options.memoryLimitMb ?? 2048
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
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb } })
    const slot: Slot = { worker, task: undefined, timer: undefined }
    worker.on('message', (message: { id: number; analysis?: Analysis; error?: string }) => {
      const task = finish(slot)
      if (task?.id === message.id) {
        if (message.analysis) task.resolve(message.analysis)
        else task.reject(new Error(message.error ?? 'analysis failed'))
      }
      dispatch()
    })
    worker.on('error', (error: Error & { code?: string }) => {
      const task = finish(slot)
      task?.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new AnalysisLimitError(
              'memory',
              `The analysis went over its memory limit of ${memoryLimitMb} MB.`,
            )
          : error,
      )
      replace(slot)
    })
    worker.on('exit', () => {
      if (!slots.includes(slot)) return
      finish(slot)?.reject(new Error('the analysis thread stopped'))
      replace(slot)
    })
    worker.unref()
    slots.push(slot)
    return slot
  }

  const run = (slot: Slot, task: Task) => {
    slot.task = task
    slot.timer = setTimeout(() => {
      finish(slot)?.reject(
        new AnalysisLimitError('time', `The analysis went over its time limit of ${timeLimitMs} ms.`),
      )
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
      if (closed) return Promise.reject(new Error('the analysis pool is closed'))
      return new Promise<Analysis>((resolve, reject) => {
        waiting.push({ id: nextId++, text, options: analyzeOptions, resolve, reject })
        dispatch()
      })
    },
    async close() {
      closed = true
      for (const task of waiting.splice(0)) task.reject(new Error('the analysis pool is closed'))
      const all = slots.splice(0)
      for (const slot of all) finish(slot)?.reject(new Error('the analysis pool is closed'))
      await Promise.all(all.map((slot) => slot.worker.terminate()))
    },
  }
}
