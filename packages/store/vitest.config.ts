import { defineConfig } from 'vitest/config'

/** The store suite runs against PGlite and PostgreSQL; global setup finds or starts the PostgreSQL. */
export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
