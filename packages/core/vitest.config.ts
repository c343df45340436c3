import { defineConfig } from 'vitest/config'

// Generous timeouts: CI runs every workspace's suite at once on two cores, and some tests analyze megabytes. No
// test decides on a duration: a case that takes a minute on a quiet machine may take several on a busy one (the
// megabyte and 8 MB cases of bad-input.test.ts took 1.5 and 2.5 minutes at load average 24), as in the other
// packages.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } })
