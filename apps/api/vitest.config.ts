import { defineConfig } from 'vitest/config'

/** In-process tests with app.request(), and end-to-end tests against started servers and real databases. */
export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Limits far above what any case needs, so that only a hang fails: a busy machine (CI shares its cores) has
    // taken a minute to start a server, and no duration is part of any result (issue 18).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
