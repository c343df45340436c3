// The embedded database's thread: owns the PGlite instance (PostgreSQL in WebAssembly, which runs on whichever
// thread calls it) and answers the main thread's requests (pglite-protocol.ts), so that a long write holds this
// thread and not the server's event loop. Requests run as they arrive; PGlite's own locks order them: a query waits
// for an open transaction to end, as it does on the main thread.
import { parentPort } from 'node:worker_threads'
import type { ParserOptions, PGlite, Transaction } from '@electric-sql/pglite'
import { createPglite, queryBytesOn } from './pglite-open.ts'
import { decodeLongTexts } from './pglite-params.ts'
import { type PgliteReply, type PgliteRequest, toWireError } from './pglite-protocol.ts'

/** A transaction PGlite holds open until the main thread commits or rolls it back. */
type OpenTransaction = { tx: Transaction; end: (commit: boolean) => void; done: Promise<unknown> }

/** Thrown into a transaction's callback to have PGlite roll it back. */
const ROLL_BACK = Symbol('roll back')

const keepText = (value: string) => value

/** Parsers that keep the text of the given types, one object per list (Drizzle sends the same few lists). */
const parsersByList = new Map<string, ParserOptions>()
function textParsers(oids: readonly number[]): ParserOptions {
  const key = oids.join(',')
  let parsers = parsersByList.get(key)
  if (!parsers) {
    parsers = Object.fromEntries(oids.map((oid) => [oid, keepText]))
    parsersByList.set(key, parsers)
  }
  return parsers
}

let database: PGlite | undefined
const transactions = new Map<number, OpenTransaction>()

function opened(): PGlite {
  if (!database) throw new Error('the embedded database is not open')
  return database
}

/** Begins a transaction and resolves once BEGIN ran; PGlite keeps it (and its lock) until `end` is called. */
function begin(txId: number): Promise<void> {
  let end: (commit: boolean) => void = () => {}
  const ended = new Promise<void>((resolve, reject) => {
    end = (commit) => (commit ? resolve() : reject(ROLL_BACK))
  })
  return new Promise((resolve, reject) => {
    const done = opened().transaction(async (tx) => {
      transactions.set(txId, { tx, end, done })
      resolve()
      await ended
    })
    // Before BEGIN ran this rejects the request; after, `finish` reads the outcome.
    done.catch(reject)
  })
}

/** Commits or rolls back a transaction `begin` opened; rejects when COMMIT failed (PostgreSQL then rolled back). */
async function finish(txId: number, commit: boolean): Promise<void> {
  const open = transactions.get(txId)
  if (!open) throw new Error(`no open transaction ${txId}`)
  transactions.delete(txId)
  open.end(commit)
  await open.done.catch((error: unknown) => {
    if (error !== ROLL_BACK) throw error
  })
}

/** The database (or an open transaction's) that a request runs on. */
function runnerOf(txId: number | undefined): Pick<Transaction, 'query'> {
  if (txId === undefined) return opened()
  const open = transactions.get(txId)
  if (!open) throw new Error(`transaction ${txId} is closed`)
  return open.tx
}

/** Runs one request; answers its result and the buffers to transfer rather than copy. */
async function run(request: PgliteRequest): Promise<{ result?: unknown; transfer?: ArrayBuffer[] }> {
  switch (request.kind) {
    case 'open':
      database = await createPglite(request.dataDir)
      return {}
    case 'query': {
      const { sql, params, rowMode, parserOids, tx, bytes } = request
      const given = decodeLongTexts(params, bytes)
      const result = await runnerOf(tx).query(sql, given, { rowMode, parsers: textParsers(parserOids) })
      return { result }
    }
    case 'bytes': {
      const transfer: ArrayBuffer[] = []
      const params = decodeLongTexts(request.params, request.bytes)
      const result = await queryBytesOn(opened(), request.sql, params, transfer)
      return { result, transfer }
    }
    case 'begin':
      await begin(request.tx)
      return {}
    case 'commit':
    case 'rollback':
      await finish(request.tx, request.kind === 'commit')
      return {}
    case 'close':
      await database?.close()
      database = undefined
      return {}
  }
}

parentPort?.on('message', (request: PgliteRequest) => {
  run(request).then(
    ({ result, transfer }) => {
      const reply: PgliteReply = { id: request.id, result }
      parentPort?.postMessage(reply, transfer ?? [])
    },
    (error: unknown) => {
      const reply: PgliteReply = { id: request.id, error: toWireError(error) }
      parentPort?.postMessage(reply)
    },
  )
})
