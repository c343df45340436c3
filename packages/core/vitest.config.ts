import { defineConfig } from 'vitest/config'

// Generous timeouts: CI runs every workspace's suite at once on two cores, and some tests analyze megabytes.
export default defineConfig({ test: { testTimeout: 60_000 } })
