// The Vitest global setup shared by the store's and the API's suites: finds or starts the PostgreSQL they run
// against and provides its admin URL to the tests. The one place a test run reads the environment.
import type { TestProject } from 'vitest/node'
import { resolveTestDatabase } from './cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin connection string to a PostgreSQL for tests, or '' when none is available. */
    databaseUrl: string
  }
}

/** Provides `databaseUrl` to the tests; returns the teardown that stops a cluster it started. */
export async function provideTestDatabase(project: TestProject): Promise<() => Promise<void>> {
  const { databaseUrl, stop } = await resolveTestDatabase({
    url: process.env.WHOSAID_TEST_DATABASE_URL,
    ci: process.env.CI === 'true',
  })
  project.provide('databaseUrl', databaseUrl ?? '')
  return stop
}
