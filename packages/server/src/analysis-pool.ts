// A small pool of worker threads that run core's `analyze`, so that a large text never blocks the event loop of
// the API or of the CLI's ingest and worker (which go on fetching, storing and sending heartbeats meanwhile).
// Each analysis has a time limit counted from when it starts (its thread is terminated and replaced) and may have a
// memory limit (resourceLimits). Why not piscina: see this package's README.
import { Worker } from 'node:worker_threads'
import type { Analysis, AnalyzeOptions } from '@whosaid/core'
import { assembler, type PartMessage } from './analysis-parts.ts'
import type { JsonRead } from './json-read.ts'

export type { JsonRead }

/** A thread's answer to a JSON body it was given to read. */
export type ReadMessage = { id: number; read: JsonRead }

/** A thread's answer to `analyzeJson`: the analysis's JSON as UTF-8 bytes, their buffer moved, not copied. */
export type BytesMessage = { id: number; bytes: Uint8Array<ArrayBuffer> }

/** Why the pool gave up on an analysis, with a one-line `message` a person can read. */
export type AnalysisFailure =
  | { reason: 'time'; message: string; timeLimitMs: number }
  | { reason: 'memory'; message: string; memoryLimitMb: number }
  /** `analyze` threw in the thread; `message` is its message. */
  | { reason: 'failed'; message: string }
  /** The thread exited while it analyzed. */
  | { reason: 'stopped'; message: string }
  /** The pool was closed before the analysis ended. */
  | { reason: 'closed'; message: string }

/** How the pool is sized, limited, and what it rejects with. */
export type AnalysisPoolOptions = {
  /** Threads (at least 1). */
  threads: number
  /** Milliseconds one analysis may run before its thread is terminated (default 60 s). */
  timeLimitMs?: number | undefined
  /** The heap (old generation) one thread may use, in MB (default: Node's own limit). */
  memoryLimitMb?: number | undefined
  /** The young generation of each thread, in MB (default YOUNG_GENERATION_MB). */
  youngGenerationMb?: number | undefined
  /** The error an analysis rejects with when the pool gives up on it (default: an Error with the message). */
  toError?: ((failure: AnalysisFailure) => Error) | undefined
}

/** A pool of analysis threads. */
export type AnalysisPool = {
  /** Analyzes a text on a free thread (or waits for one); rejects with `toError`'s error when it gives up. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>
  /**
   * `JSON.stringify` of the analysis, as UTF-8 bytes, all made on a thread and moved here: for a caller that only
   * sends the analysis on (a 10 MB text's is 60 MB of JSON, whose stringify and copy held a server's thread).
   */
  analyzeJson(text: string, options?: AnalyzeOptions): Promise<Uint8Array<ArrayBuffer>>
  /**
   * Parses a JSON body's UTF-8 bytes and hashes its text on a free thread (`readJson`, json-read.ts): a 10 MB
   * body's decoding, parse and hash held a server's thread for a third of a second. The bytes are moved to the
   * thread, not copied (the buffer is detached here); the value comes back as a copy of plain data.
   */
  readJson(body: ArrayBuffer): Promise<JsonRead>
  /** Terminates every thread; waiting and running analyses are rejected. */
  close(): Promise<void>
}

type Task = {
  id: number
  reject: (error: Error) => void
} & (
  | { text: string; options: AnalyzeOptions; resolve: (analysis: Analysis) => void }
  | { text: string; options: AnalyzeOptions; encode: true; resolve: (bytes: Uint8Array<ArrayBuffer>) => void }
  | { json: ArrayBuffer; resolve: (read: JsonRead) => void }
)
type Slot = {
  worker: Worker
  task: Task | undefined
  timer: NodeJS.Timeout | undefined
  /** The parts of the task's analysis received so far (analysis-parts.ts). */
  assembly: ReturnType<typeof assembler>
}

/**
 * The young generation of an analysis thread, in MB: V8's own grows to ~50 MB per thread on a long text, which a
 * small one does not need (no slower on PolNeAR dev; 1 MB of news peaks ~100 MB lower, see core's bench).
 */
export const YOUNG_GENERATION_MB = 16

const THREAD_URL = new URL('./analysis-thread.ts', import.meta.url)

/** The failure of an analysis that is refused or dropped because the pool is closed. */
const CLOSED: AnalysisFailure = { reason: 'closed', message: 'the analysis pool is closed' }

/**
 * Starts a pool of `threads` analysis threads; threads start on first use and are replaced when one stops or
 * goes over a limit. An error the thread itself raises (one that is not its memory limit) rejects as it is.
 * @example
 * const pool = createAnalysisPool({ threads: 2, timeLimitMs: 30_000 })
 * const analysis = await pool.analyze(text)
 */
export function createAnalysisPool(options: AnalysisPoolOptions): AnalysisPool {
  const size = Math.max(1, options.threads)
  const timeLimitMs = options.timeLimitMs ?? 60_000
  const { memoryLimitMb, youngGenerationMb = YOUNG_GENERATION_MB } = options
  const toError = options.toError ?? ((failure: AnalysisFailure) => new Error(failure.message))
  const slots: Slot[] = []
  const waiting: Task[] = []
  let nextId = 0
  let closed = false

  const finish = (slot: Slot): Task | undefined => {
    const task = slot.task
    if (slot.timer) clearTimeout(slot.timer)
    slot.task = undefined
    slot.timer = undefined
    slot.worker.unref()
    return task
  }

  const replace = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1)
    void slot.worker.terminate()
    dispatch()
  }

  const spawn = (): Slot => {
    const worker = new Worker(THREAD_URL, {
      resourceLimits: {
        ...(memoryLimitMb === undefined ? {} : { maxOldGenerationSizeMb: memoryLimitMb }),
        maxYoungGenerationSizeMb: youngGenerationMb,
      },
    })
    const slot: Slot = { worker, task: undefined, timer: undefined, assembly: assembler() }
    worker.on('message', (message: PartMessage | ReadMessage | BytesMessage) => {
      const task = slot.task
      if (task?.id !== message.id) return
      if ('error' in message) {
        finish(slot)
        task.reject(toError({ reason: 'failed', message: message.error }))
        return dispatch()
      }
      if ('read' in message) {
        finish(slot)
        if ('json' in task) task.resolve(message.read)
        return dispatch()
      }
      if ('bytes' in message) {
        finish(slot)
        if ('encode' in task) task.resolve(message.bytes)
        return dispatch()
      }
      if ('json' in task || 'encode' in task) return
      // The analysis is done once its first part is here: the time limit is for analyzing, not for the parts.
      if (slot.timer) clearTimeout(slot.timer)
      slot.timer = undefined
      const analysis = slot.assembly.take(message)
      if (analysis) {
        finish(slot)
        task.resolve(analysis)
        // A thread that analyzed a long text (its answer came in parts) gives its heap back to the system itself
        // and is kept: a thread that ends hands its pooled pages to another thread to unmap, this one, in one
        // stop of a third of a second at 4 MB (release-memory.ts).
        return dispatch()
      }
      // The next part is asked for once the event loop has run: each part is copied here in one piece.
      setImmediate(() => {
        if (slot.task === task) slot.worker.postMessage({ id: task.id, next: true })
      })
    })
    worker.on('error', (error: Error & { code?: string }) => {
      finish(slot)?.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' && memoryLimitMb !== undefined
          ? toError({
              reason: 'memory',
              message: `the analysis went over its memory limit of ${memoryLimitMb} MB`,
              memoryLimitMb,
            })
          : error,
      )
      replace(slot)
    })
    worker.on('exit', () => {
      if (!slots.includes(slot)) return
      finish(slot)?.reject(toError({ reason: 'stopped', message: 'the analysis thread stopped' }))
      replace(slot)
    })
    // A pool that only waits for work does not keep the process alive (run refs a thread while it has a task).
    worker.unref()
    slots.push(slot)
    return slot
  }

  const run = (slot: Slot, task: Task) => {
    slot.task = task
    // A thread at work keeps the process alive until its answer is in, all its parts included: the time limit's
    // timer alone does not, as it stops when the first part comes.
    slot.worker.ref()
    slot.assembly = assembler()
    slot.timer = setTimeout(() => {
      finish(slot)?.reject(
        toError({
          reason: 'time',
          message: `the analysis went over its time limit of ${timeLimitMs} ms`,
          timeLimitMs,
        }),
      )
      replace(slot)
    }, timeLimitMs)
    if ('json' in task) slot.worker.postMessage({ id: task.id, json: task.json }, [task.json])
    else if ('encode' in task)
      slot.worker.postMessage({ id: task.id, text: task.text, options: task.options, encode: true })
    else slot.worker.postMessage({ id: task.id, text: task.text, options: task.options })
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
      if (closed) return Promise.reject(toError(CLOSED))
      return new Promise<Analysis>((resolve, reject) => {
        waiting.push({ id: nextId++, text, options: analyzeOptions, resolve, reject })
        dispatch()
      })
    },
    analyzeJson(text, analyzeOptions = {}) {
      if (closed) return Promise.reject(toError(CLOSED))
      return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
        waiting.push({ id: nextId++, text, options: analyzeOptions, encode: true, resolve, reject })
        dispatch()
      })
    },
    readJson(body) {
      if (closed) return Promise.reject(toError(CLOSED))
      return new Promise<JsonRead>((resolve, reject) => {
        waiting.push({ id: nextId++, json: body, resolve, reject })
        dispatch()
      })
    },
    async close() {
      closed = true
      for (const task of waiting.splice(0)) task.reject(toError(CLOSED))
      const all = slots.splice(0)
      for (const slot of all) finish(slot)?.reject(toError(CLOSED))
      await Promise.all(all.map((slot) => slot.worker.terminate()))
    },
  }
}
