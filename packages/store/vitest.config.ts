import { defineConfig } from 'vitest/config'

/** The store suite runs against PGlite and PostgreSQL; global setup finds or starts the PostgreSQL. */
export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    // Limits far above what any case needs, so that only a hang fails: a busy machine (CI shares its cores) has
    // taken a minute to open PGlite, and no duration is part of any result (issue 18).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
