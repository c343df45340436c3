import { constants, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { CliError } from './cli-error.ts'

/** The default size limit for one input, 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Reads one input file ('-' for standard input) as UTF-8 text, or throws a CliError naming it:
 * missing, not a regular file (a directory, a named pipe, a device), empty, over `maxBytes`, binary (a NUL byte)
 * or not valid UTF-8.
 * @example await readText('seeds/000_b304420120629e83.txt', { maxBytes: DEFAULT_MAX_BYTES, stdin })
 */
export async function readText(
  file: string,
  options: { maxBytes: number; stdin: () => AsyncIterable<Uint8Array> },
): Promise<string> {
  return decodeText(await readBytes(file, options), file)
}

/**
 * Reads one input file ('-' for standard input) as bytes, or throws a CliError naming it: missing, not a regular
 * file, unreadable or over `maxBytes`. For inputs that declare their own encoding (HTML pages, feeds).
 * @example decodeWebText(await readBytes('page.html', { maxBytes, stdin }), undefined, 'page.html')
 */
export async function readBytes(
  file: string,
  options: { maxBytes: number; stdin: () => AsyncIterable<Uint8Array> },
): Promise<Uint8Array> {
  return file === '-'
    ? await readStream(options.stdin(), options.maxBytes, file)
    : await readFile(file, options.maxBytes)
}

/** Checks and decodes the bytes of one input. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new CliError('empty', 'is empty', file)
  if (bytes.includes(0))
    throw new CliError('binary', 'looks binary (it has NUL bytes), expected UTF-8 text', file)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new CliError('not-utf8', 'is not valid UTF-8 text', file)
  }
}

/** What a file that is not a regular one is, for the error naming it. */
function specialKindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a named pipe (FIFO)'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'a special file'
}

async function readFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    // Non-blocking, so that opening a named pipe no process writes to returns at once (a blocking open waits
    // for a writer forever) and the check below can refuse it; regular files ignore the flag.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw fileError(error, file)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) {
      throw new CliError(
        'not-a-file',
        `is ${specialKindOf(stat)}, expected a regular file (use - to read standard input)`,
        file,
      )
    }
    if (stat.size > maxBytes) throw tooLarge(file, maxBytes)
    return await readStream(handle.readableWebStream() as AsyncIterable<Uint8Array>, maxBytes, file)
  } catch (error) {
    throw fileError(error, file)
  } finally {
    await handle.close()
  }
}

/**
 * Reads a stream (standard input, a file, a response body) whole, failing with `tooLarge` once it passes
 * `maxBytes`; leaving the loop early cancels a web stream.
 */
export async function readStream(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
  file: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    size += chunk.length
    if (size > maxBytes) throw tooLarge(file, maxBytes)
    chunks.push(chunk)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

/** The error for an input over the size limit, naming the flag that raises it. */
export function tooLarge(file: string, maxBytes: number): CliError {
  return new CliError('too-large', `is larger than the limit of ${maxBytes} bytes (see --max-bytes)`, file)
}

function fileError(error: unknown, file: string): CliError {
  if (error instanceof CliError) return error
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return new CliError('not-found', 'no such file', file)
  if (code === 'EISDIR') return new CliError('not-a-file', 'is a directory, expected a text file', file)
  if (code === 'EACCES') return new CliError('unreadable', 'permission denied', file)
  return new CliError('unreadable', `cannot be read (${code ?? 'unknown error'})`, file)
}
