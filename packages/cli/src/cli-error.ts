/** What went wrong, as a stable code that callers and `--json` output can match on. */
export type CliErrorCode =
  | 'usage'
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'unwritable'
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'too-large'
  | 'bad-url'
  | 'timeout'
  | 'http-status'
  | 'network'
  | 'not-a-feed'
  | 'no-text'
  | 'invalid-json'
  | 'invalid-item'
  | 'output-closed'
  | 'unauthorized'
  | 'unreachable'
  | 'locked'
  | 'failed'

/** The one error the CLI reports: a code, a one-line message, and the file (or URL) it concerns. */
export class CliError extends Error {
  readonly code: CliErrorCode
  readonly file: string | undefined

  constructor(code: CliErrorCode, message: string, file?: string) {
    super(message)
    this.name = 'CliError'
    this.code = code
    this.file = file
  }

  /** The error as one line for a person: `whosaid: FILE: message`. */
  toLine(): string {
    return this.file === undefined ? `whosaid: ${this.message}` : `whosaid: ${this.file}: ${this.message}`
  }

  /** The error as a JSON object for a program. */
  toJSON(): { code: CliErrorCode; message: string; file?: string } {
    return { code: this.code, message: this.message, ...(this.file === undefined ? {} : { file: this.file }) }
  }
}

/** Turns anything thrown into a CliError, keeping a CliError as it is (naming `file` when it names none). */
export function toCliError(error: unknown, file?: string): CliError {
  if (error instanceof CliError) {
    return error.file === undefined && file !== undefined
      ? new CliError(error.code, error.message, file)
      : error
  }
  return new CliError('failed', firstLineOf(error), file)
}

/**
 * The first line of an error's message, with the reason a wrapper hid: a failed query's message is its SQL
 * (Drizzle's "Failed query: insert into …"), and why the database refused it is the driver's error in `cause`.
 * @example firstLineOf(new Error('Failed query: insert …', { cause: new Error('out of memory') })) // 'Failed query: insert …: out of memory'
 */
function firstLineOf(error: unknown): string {
  const lineOf = (value: unknown) =>
    (value instanceof Error ? value.message : String(value)).split('\n')[0] ?? ''
  const line = lineOf(error) || 'failed'
  const reasons: string[] = []
  let cause = error instanceof Error ? error.cause : undefined
  for (let depth = 0; depth < 4 && cause !== undefined && cause !== null; depth++) {
    // A cause that is neither an Error nor a string (a driver's bare { code }) has no words for a person.
    const reason = cause instanceof Error || typeof cause === 'string' ? lineOf(cause) : ''
    if (reason !== '' && !line.includes(reason) && !reasons.includes(reason)) reasons.push(reason)
    cause = cause instanceof Error ? cause.cause : undefined
  }
  const head = line.length > 200 ? `${line.slice(0, 200)}…` : line
  return reasons.length === 0 ? line : `${head}: ${reasons.join(': ')}`
}
