/** Where a command reads and writes, so commands can run in tests without a process. */
export interface Io {
  stdout: (chunk: string) => void
  stderr: (chunk: string) => void
  readStdin: () => AsyncIterable<Uint8Array>
  /** Whether standard error is a terminal (progress bars go there only then). */
  isTTY: boolean
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    readStdin: () => process.stdin,
    isTTY: Boolean(process.stderr.isTTY),
  }
}
