import { defineConfig } from 'vitest/config'

// Limits far above what any case needs on a busy machine (the binaries and npm run in processes of their own), so
// that only a hang fails and no duration decides a result.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } })
