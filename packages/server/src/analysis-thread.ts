// One thread of the analysis pool: analyzes the texts the pool posts and posts each analysis back, a long one in
// parts, each when the pool asks for the next (analysis-parts.ts), or as its JSON's UTF-8 bytes, moved to the pool
// (a caller that only sends the JSON on); reads the JSON bodies it posts (parse, hash).
import { parentPort } from 'node:worker_threads'
import { type AnalyzeOptions, analyze } from '@whosaid/core'
import { analysisParts, type PartMessage } from './analysis-parts.ts'
import type { BytesMessage, ReadMessage } from './analysis-pool.ts'
import { readJson } from './json-read.ts'
import { releaseMemory } from './release-memory.ts'

/** What the pool posts: one text to analyze, a request for the next part of an analysis, or a body to read. */
type Task =
  | { id: number; text: string; options: AnalyzeOptions; encode?: true }
  | { id: number; next: true }
  | { id: number; json: ArrayBuffer }

/** JSON bytes past which the thread gives its heap back after sending them (a long text's analysis). */
const LARGE_JSON_BYTES = 8 * 1024 * 1024

const encoder = new TextEncoder()

/** The parts still to send, of the analysis being sent. */
let sending: { id: number; parts: Generator<PartMessage, void, void> } | undefined

/** Posts the next part of analysis `id`, if it is the one being sent. */
function postNext(id: number): void {
  if (sending?.id !== id) return
  const next = sending.parts.next()
  if (next.done) {
    sending = undefined
    return
  }
  // The last part (the whole analysis, or the end) lets go of the analysis before the next text comes.
  if ('analysis' in next.value || 'end' in next.value) sending = undefined
  parentPort?.postMessage(next.value)
  // A long analysis (sent in parts) grew this thread's heap to its text's size: it goes back to the system here,
  // on this thread, which the pool keeps (release-memory.ts).
  if ('end' in next.value) releaseMemory()
}

parentPort?.on('message', (task: Task) => {
  if ('next' in task) return postNext(task.id)
  if ('json' in task) {
    parentPort?.postMessage({ id: task.id, read: readJson(task.json) } satisfies ReadMessage)
    return
  }
  // A new text: whatever was left of the analysis before it is dropped before this one is made.
  sending = undefined
  try {
    if (task.encode) {
      const bytes = encoder.encode(JSON.stringify(analyze(task.text, task.options)))
      parentPort?.postMessage({ id: task.id, bytes } satisfies BytesMessage, [bytes.buffer])
      if (bytes.byteLength > LARGE_JSON_BYTES) releaseMemory()
      return
    }
    sending = { id: task.id, parts: analysisParts(task.id, analyze(task.text, task.options)) }
    postNext(task.id)
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: error instanceof Error ? error.message : String(error) })
  }
})
