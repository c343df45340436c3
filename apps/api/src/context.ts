import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Analysis, AnalyzeOptions } from '@whosaid/core'
import type { Store } from '@whosaid/store/edge'

/** A function from text to analysis, inline (core's `analyze`) or on another thread (the Node pool). */
export type TextAnalyzer = (text: string, options?: AnalyzeOptions) => Analysis | Promise<Analysis>

/** What every request carries: the store to read and write, and the analyzer. */
export type AppEnv = { Variables: { store: Store; analyzer: TextAnalyzer } }

/** The API's Hono app type. */
export type App = OpenAPIHono<AppEnv>
