import { defineConfig } from 'vitest/config'

/** In-process tests with app.request(), and end-to-end tests against started servers and real databases. */
export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
