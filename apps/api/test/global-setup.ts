// Vitest global setup: finds or starts the PostgreSQL the API's end-to-end tests run against.
// The one place the test run reads the environment.
import { resolveTestDatabase } from '@whosaid/store/testing'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin connection string to a PostgreSQL for tests, or '' when none is available. */
    databaseUrl: string
  }
}

/** Provides `databaseUrl` to the tests; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { databaseUrl, stop } = await resolveTestDatabase({
    url: process.env.WHOSAID_TEST_DATABASE_URL,
    ci: process.env.CI === 'true',
  })
  project.provide('databaseUrl', databaseUrl ?? '')
  return stop
}
