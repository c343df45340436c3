import { InputError, parseFeed, parseNdjsonBatch } from '@whosaid/core/io'
import { CliError } from '../cli-error.ts'
import { decodeWebText } from '../decode-web-text.ts'
import { feedTasks } from '../feed-items.ts'
import { compactMeta, type ReadContext } from '../ingest-task.ts'
import { inputKindOf } from '../input-kind.ts'
import { readBytes, readText } from '../read-text.ts'
import type { QueueJob } from './queue-job.ts'

/** The jobs one input gives, and one failure per bad batch line (or the input's own failure). */
export type JobsOfInput = { jobs: QueueJob[]; failures: CliError[] }

/**
 * Turns one `ingest --queue` input into queue jobs, reading no more than a worker could not: a text or HTML
 * file becomes one job carrying its bytes (checked by the worker, so a binary file is a failed job with its
 * reason), an NDJSON batch one job per good line, a feed file one job per entry, a URL one job. A file that
 * cannot be read at all (missing, too large) and a feed file that is no feed fail here, naming the input.
 * @example const { jobs, failures } = await jobsOfInput('batch.ndjson', { maxBytes, timeoutSeconds: 15, stdin })
 */
export async function jobsOfInput(input: string, context: ReadContext): Promise<JobsOfInput> {
  switch (inputKindOf(input)) {
    case 'text':
      return one({ kind: 'text-file', label: input, base64: toBase64(await readBytes(input, context)) })
    case 'html':
      return one({ kind: 'html-file', label: input, base64: toBase64(await readBytes(input, context)) })
    case 'ndjson':
      return jobsOfBatch(input, await readText(input, context))
    case 'feed':
      return jobsOfFeed(decodeWebText(await readBytes(input, context), undefined, input), input)
    case 'url':
      return one({ kind: 'url', label: input, url: input })
  }
}

/** The jobs of a feed document: one per entry; a document that is no feed is a `not-a-feed` CliError. */
export function jobsOfFeed(xml: string, label: string): JobsOfInput {
  let feed: ReturnType<typeof parseFeed>
  try {
    feed = parseFeed(xml)
  } catch (error) {
    if (error instanceof InputError) throw new CliError('not-a-feed', error.message, label)
    throw error
  }
  return { jobs: feedTasks(feed, label), failures: [] }
}

function jobsOfBatch(file: string, ndjson: string): JobsOfInput {
  const batch = parseNdjsonBatch(ndjson)
  return {
    jobs: batch.items.map(({ line, text, ...meta }) => ({
      kind: 'article',
      label: `${file}:${line}`,
      text,
      meta: compactMeta(meta),
    })),
    failures: batch.errors.map(({ line, code, message }) => new CliError(code, message, `${file}:${line}`)),
  }
}

function one(job: QueueJob): JobsOfInput {
  return { jobs: [job], failures: [] }
}

/** Bytes as base64, the form they travel in inside a job's JSON. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

/** A job's base64 back to bytes. */
export function fromBase64(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'))
}
