// The embedded database on a thread of its own (pglite-thread.ts), seen from the main thread as the part of PGlite's
// client that Drizzle's `drizzle-orm/pglite` session calls: `query(sql, params, { rowMode, parsers })` and
// `transaction(run)`. PostgreSQL compiled to WebAssembly runs on the thread that calls it: on the server's own
// thread, one INSERT of a long article's 3,510 statements held every route (/healthz too) for 8 s.
import { Worker } from 'node:worker_threads'
import type { ParserOptions, QueryOptions, Results } from '@electric-sql/pglite'
import { StoreError } from './errors.ts'
import { encodeLongTexts, LONG_TEXT } from './pglite-params.ts'
import { fromWireError, type PgliteReply, type PgliteRequest } from './pglite-protocol.ts'

/** What Drizzle's PGlite session calls on a client or on one of its transactions. */
export type PgliteQueries = {
  query<Row>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<Row>>
}

/** The embedded database, run on its own thread. */
export type PgliteThreadClient = PgliteQueries & {
  /**
   * Runs `run` in one transaction: BEGIN, then COMMIT when it resolves or ROLLBACK when it throws. No other query
   * runs in between (they wait, as on PGlite itself); nested transactions are savepoints sent as SQL.
   */
  transaction<Result>(run: (tx: PgliteQueries) => Promise<Result>): Promise<Result>
  /** Rows as arrays of each value's text as UTF-8 bytes (null for NULL), encoded on the database's thread. */
  queryBytes(sql: string, params: readonly unknown[]): Promise<(Uint8Array | null)[][]>
  /**
   * Since when the thread has been busy without answering (`Date.now()`): the oldest request still waiting on it
   * was sent, or the oldest open transaction began, or, when later, the thread last answered a request; undefined
   * when nothing waits and no transaction is open.
   */
  busySince(): number | undefined
  /** Closes the database and ends its thread; later queries reject with `StoreError('unavailable')`. */
  close(): Promise<void>
  /** The thread (tests end it to play a crash). */
  readonly thread: Worker
}

const THREAD_URL = new URL('./pglite-thread.ts', import.meta.url)

/** Sent through each parser: only one that answers it unchanged keeps the text as PostgreSQL prints it. */
const PROBE = '\u0001whosaid parser probe 2024-05-02 12:00:00+00'

/**
 * The types whose parsers keep the text (Drizzle's, for dates and intervals), to be rebuilt on the thread: a
 * function cannot cross it, so any other parser is refused.
 */
function keptTextTypes(parsers: ParserOptions | undefined): number[] {
  const oids: number[] = []
  for (const [oid, parse] of Object.entries(parsers ?? {})) {
    if (parse(PROBE) !== PROBE)
      throw new TypeError(`the embedded store's thread takes only parsers that keep the text (type ${oid})`)
    oids.push(Number(oid))
  }
  return oids
}

/** A request without its id, which `send` gives. */
type Unsent = PgliteRequest extends infer R ? (R extends PgliteRequest ? Omit<R, 'id'> : never) : never

/**
 * Starts the embedded database's thread and opens the database in `dataDir` (null: in memory).
 * @example
 * const client = await startPgliteThread('/srv/whosaid/pglite')
 * const { rows } = await client.query('select 1 as one')
 * await client.close()
 */
export async function startPgliteThread(dataDir: string | null): Promise<PgliteThreadClient> {
  // The thread takes none of the process's command-line options: a worker refuses some that the process had (the
  // `--input-type` of `node -e`, and given explicitly, V8's, such as npm start's `--scavenger-…`), and V8's flags
  // are the process's anyway; the thread's module needs none.
  const thread = new Worker(THREAD_URL, { execArgv: [] })
  // In the order sent: the first is the oldest.
  const pending = new Map<
    number,
    { resolve: (result: unknown) => void; reject: (error: unknown) => void; sentAt: number }
  >()
  let nextId = 0
  let nextTx = 0
  /** When each open transaction began (in order of beginning), for `busySince`. */
  const openSince = new Map<number, number>()
  /** When the thread last answered a request (0: never), for `busySince`. */
  let answeredAt = 0
  let stopped: StoreError | undefined
  let closing = false
  let threadError: unknown
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()))

  // An idle database does not keep the process alive (as PGlite on the main thread did not); a request does.
  thread.unref()
  thread.on('message', ({ id, result, error }: PgliteReply) => {
    answeredAt = Date.now()
    const request = pending.get(id)
    if (!request) return
    pending.delete(id)
    if (pending.size === 0) thread.unref()
    if (error) request.reject(fromWireError(error))
    else request.resolve(result)
  })
  thread.on('error', (error) => {
    threadError = error
  })
  thread.on('exit', (code) => {
    const why = threadError instanceof Error ? `: ${threadError.message}` : ''
    stopped = closing
      ? new StoreError('unavailable', 'the embedded database is closed')
      : new StoreError('unavailable', `the embedded database's thread stopped (exit code ${code})${why}`, {
          cause: threadError,
        })
    for (const request of pending.values()) request.reject(stopped)
    pending.clear()
  })

  const send = <Result>(request: Unsent, transfer: ArrayBuffer[] = []): Promise<Result> => {
    if (stopped) return Promise.reject(stopped)
    if (closing && request.kind !== 'close')
      return Promise.reject(new StoreError('unavailable', 'the embedded database is closed'))
    const id = nextId++
    return new Promise<Result>((resolve, reject) => {
      try {
        thread.postMessage({ ...request, id }, transfer)
      } catch (error) {
        reject(error) // a parameter that cannot be cloned (a function, a symbol)
        return
      }
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject, sentAt: Date.now() })
      if (pending.size === 1) thread.ref()
    })
  }

  // Requests are posted in the order they are asked for: while one's long texts are encoded (with pauses), the
  // ones asked after it wait behind it.
  let encoding = 0
  let queued: Promise<unknown> = Promise.resolve()
  const sendWithParams = <Result>(
    request: Extract<Unsent, { params: readonly unknown[] }>,
  ): Promise<Result> => {
    const long = request.params.some((param) => typeof param === 'string' && param.length > LONG_TEXT)
    if (!long && encoding === 0) return send(request)
    encoding++
    const ready = queued.then(() => (long ? encodeLongTexts(request.params) : undefined))
    queued = ready.catch(() => {})
    return ready.then(
      (sent) => {
        encoding--
        return sent
          ? send<Result>({ ...request, params: sent.params, bytes: sent.bytes }, sent.transfer)
          : send<Result>(request)
      },
      (error: unknown) => {
        encoding--
        throw error
      },
    )
  }

  const queryIn =
    (tx: number | undefined) =>
    <Row>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<Row>> => {
      if (options.serializers || options.blob || options.onNotice)
        return Promise.reject(new TypeError("the embedded store's thread takes rowMode and parsers only"))
      let parserOids: number[]
      try {
        parserOids = keptTextTypes(options.parsers)
      } catch (error) {
        return Promise.reject(error)
      }
      const rowMode = options.rowMode ?? 'object'
      return sendWithParams({
        kind: 'query',
        sql,
        params,
        rowMode,
        parserOids,
        ...(tx === undefined ? {} : { tx }),
      })
    }

  try {
    await send({ kind: 'open', dataDir })
  } catch (error) {
    closing = true
    await thread.terminate()
    throw error
  }

  return {
    thread,
    query: queryIn(undefined),
    async transaction(run) {
      const tx = nextTx++
      // Busy from now until it ends: a query from outside waits for all of it, the gaps between its queries too
      // (while its caller builds the next one), when no request of it is on the thread.
      openSince.set(tx, Date.now())
      try {
        await send({ kind: 'begin', tx })
        let open = true
        const query = queryIn(tx)
        const inTransaction: PgliteQueries = {
          query: (sql, params, options) =>
            open ? query(sql, params, options) : Promise.reject(new Error('Transaction is closed')),
        }
        try {
          const result = await run(inTransaction)
          open = false
          await send({ kind: 'commit', tx })
          return result
        } catch (error) {
          if (open) {
            open = false
            // The error that stopped the transaction is the one to report; a thread that died rolled back anyway.
            await send({ kind: 'rollback', tx }).catch(() => {})
          }
          throw error
        }
      } finally {
        openSince.delete(tx)
      }
    },
    queryBytes: (sql, params) => sendWithParams({ kind: 'bytes', sql, params }),
    busySince: () => {
      const waiting = pending.values().next().value?.sentAt
      const open = openSince.values().next().value
      const since = waiting === undefined ? open : open === undefined ? waiting : Math.min(waiting, open)
      // A database that keeps answering (a long article's write, many statements in one transaction, which may
      // take minutes) is at work, not stuck: it has gone without answering only since its latest answer.
      return since === undefined ? undefined : Math.max(since, answeredAt)
    },
    async close() {
      if (closing) return exited
      closing = true
      try {
        if (!stopped) await send({ kind: 'close' })
      } finally {
        await thread.terminate()
        await exited
      }
    },
  }
}
