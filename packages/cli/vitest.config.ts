import { defineConfig } from 'vitest/config'

// The store tests open an embedded PostgreSQL (PGlite) in a temporary folder, which takes seconds on a busy machine.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } })
