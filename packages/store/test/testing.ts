// `@whosaid/store/testing`: helpers for the store's and the API's test suites (not for production code).
export { type Backend, testBackends } from './backends.ts'
export { median, runPooled } from './bench.ts'
export {
  createTestDatabase,
  hasPostgres,
  resolveTestDatabase,
  startTestCluster,
  type TestCluster,
  type TestDatabase,
} from './cluster.ts'
export { type FixtureActor, type FixtureStatement, makeAnalysis, RUSSIA, RYABKOV, USA } from './fixtures.ts'
export { generatedRegistry } from './generated-registry.ts'
export { provideTestDatabase } from './provide-database.ts'
