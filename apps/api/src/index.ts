// @whosaid/api for Node: the app factory, the Node server, seeding and the environment.
export { type AppOptions, createApp, DEFAULT_BODY_LIMIT } from './app.ts'
export type { App, AppEnv } from './context.ts'
export { type Env, EnvError, EnvSchema, loadEnv, parseEnv } from './env.ts'
export { ApiError, type Problem, ProblemSchema } from './errors.ts'
export { type RunningServer, type ServeOptions, serve } from './node.ts'
export { seedIfEmpty } from './seed.ts'
export { API_VERSION } from './version.ts'
