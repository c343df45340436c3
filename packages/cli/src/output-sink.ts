import { type FileHandle, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { CliError } from './cli-error.ts'
import type { Io } from './io.ts'

/** Where a command writes its output: `close` when all is written, `abort` to leave nothing half-written. */
export interface OutputSink {
  write(chunk: string): Promise<void>
  close(): Promise<void>
  abort(): Promise<void>
}

/**
 * Standard output for no FILE or '-', else FILE, written to a temporary file beside it and renamed on `close`,
 * so that FILE is either complete or untouched. A FILE that cannot be written is an `unwritable` CliError.
 * @example const sink = await openOutput('statements.csv', io); await sink.write(csv); await sink.close()
 */
export async function openOutput(file: string | undefined, io: Io): Promise<OutputSink> {
  if (file === undefined || file === '-') {
    return { write: async (chunk) => io.stdout(chunk), close: async () => {}, abort: async () => {} }
  }
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`)
  let handle: FileHandle
  try {
    handle = await open(partial, 'w')
  } catch (error) {
    throw unwritable(error, file)
  }
  let closed = false
  const finish = async () => {
    if (closed) return
    closed = true
    await handle.close()
  }
  return {
    async write(chunk) {
      try {
        await handle.write(chunk)
      } catch (error) {
        throw unwritable(error, file)
      }
    },
    async close() {
      try {
        await finish()
        await rename(partial, file)
      } catch (error) {
        await rm(partial, { force: true })
        throw unwritable(error, file)
      }
    },
    async abort() {
      await finish().catch(() => {})
      await rm(partial, { force: true })
    },
  }
}

function unwritable(error: unknown, file: string): CliError {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT')
    return new CliError('unwritable', 'cannot be written: its folder does not exist', file)
  if (code === 'EISDIR') return new CliError('unwritable', 'is a directory, expected a file name', file)
  if (code === 'EACCES') return new CliError('unwritable', 'cannot be written: permission denied', file)
  return new CliError('unwritable', `cannot be written (${code ?? 'unknown error'})`, file)
}
