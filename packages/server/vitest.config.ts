import { defineConfig } from 'vitest/config'

// The pool's tests start threads that load core, which takes seconds on a busy machine: the limits are far above
// that, so that only a hang fails and no duration decides.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } })
