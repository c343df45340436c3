import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Analysis, AnalyzeOptions } from '@whosaid/core'
import type { JsonRead } from '@whosaid/server/json-read'
import type { JsonBytes, Store } from '@whosaid/store/edge'

/** A function from text to analysis, inline (core's `analyze`) or on another thread (the Node pool). */
export type TextAnalyzer = (text: string, options?: AnalyzeOptions) => Analysis | Promise<Analysis>

/**
 * `JSON.stringify` of a text's analysis as UTF-8 bytes, for a route that sends it on unread: made on the analysis
 * thread on Node (the pool's `analyzeJson`), from the TextAnalyzer's analysis elsewhere (`jsonAnalyzerOf`).
 */
export type JsonAnalyzer = (text: string, options?: AnalyzeOptions) => Promise<JsonBytes<Analysis>>

/**
 * Parses a large JSON body's bytes and takes its `text`'s article id (`@whosaid/server/json-read`), inline or on
 * another thread (the Node pool, to which the bytes are moved).
 */
export type JsonReader = (body: ArrayBuffer) => Promise<JsonRead>

/** What every request carries: the store to read and write, the analyzers and the reader of large bodies. */
export type AppEnv = {
  Variables: { store: Store; analyzer: TextAnalyzer; analyzeJson: JsonAnalyzer; readJson: JsonReader }
}

/** The API's Hono app type. */
export type App = OpenAPIHono<AppEnv>
