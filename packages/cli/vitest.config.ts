import { defineConfig } from 'vitest/config'

// The store tests open an embedded PostgreSQL (PGlite) in a temporary folder, which takes seconds on a busy machine
// (a minute has been seen): the limits are far above that, so that only a hang fails and no duration decides.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } })
