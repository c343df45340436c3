import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Analysis, AnalyzeOptions } from '@whosaid/core'
import type { JsonRead } from '@whosaid/server/json-read'
import type { Store } from '@whosaid/store/edge'

/** A function from text to analysis, inline (core's `analyze`) or on another thread (the Node pool). */
export type TextAnalyzer = (text: string, options?: AnalyzeOptions) => Analysis | Promise<Analysis>

/**
 * Parses a large JSON body's bytes and takes its `text`'s article id (`@whosaid/server/json-read`), inline or on
 * another thread (the Node pool, to which the bytes are moved).
 */
export type JsonReader = (body: ArrayBuffer) => Promise<JsonRead>

/** What every request carries: the store to read and write, the analyzer and the reader of large bodies. */
export type AppEnv = { Variables: { store: Store; analyzer: TextAnalyzer; readJson: JsonReader } }

/** The API's Hono app type. */
export type App = OpenAPIHono<AppEnv>
