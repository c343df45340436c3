import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Analyzer, Store } from '@whosaid/store/edge'

/** What every request carries: the store to read and write, and the analyzer. */
export type AppEnv = { Variables: { store: Store; analyzer: Analyzer } }

/** The API's Hono app type. */
export type App = OpenAPIHono<AppEnv>
