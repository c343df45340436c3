// One thread of the analysis pool: analyzes the texts the pool posts and posts each analysis back.
import { parentPort } from 'node:worker_threads'
import { type AnalyzeOptions, analyze } from '@whosaid/core'

/** What the pool posts: one text to analyze. */
type Task = { id: number; text: string; options: AnalyzeOptions }

parentPort?.on('message', ({ id, text, options }: Task) => {
  try {
    parentPort?.postMessage({ id, analysis: analyze(text, options) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
