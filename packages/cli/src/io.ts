import { CliError } from './cli-error.ts'

/** Where a command reads and writes, so commands can run in tests without a process. */
export interface Io {
  stdout: (chunk: string) => void
  stderr: (chunk: string) => void
  readStdin: () => AsyncIterable<Uint8Array>
  /** Whether standard error is a terminal (progress bars go there only then). */
  isTTY: boolean
  /** Whether standard output is a terminal: a bar would then mix with the data a command prints. */
  isStdoutTTY?: boolean
}

/**
 * The process's own streams. When the reader of standard output goes away (`whosaid export | head`), the next
 * write throws an `output-closed` CliError, which ends the command quietly.
 */
export function processIo(): Io {
  let closed = false
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closed = true
  })
  return {
    stdout: (chunk) => {
      if (closed) throw new CliError('output-closed', 'standard output was closed')
      process.stdout.write(chunk)
    },
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: () => process.stdin,
    isTTY: Boolean(process.stderr.isTTY),
    isStdoutTTY: Boolean(process.stdout.isTTY),
  }
}
