// The store's runtime-neutral half: queries, views and the PostgreSQL opener, with no Node built-ins and no
// PGlite, so that a Cloudflare Worker (or any fetch runtime) can import it. Node code imports `@whosaid/store`.

export { type CurationResult, mergeActor, mergeActors, splitActor } from './curation.ts'
export { type Backend, type Database, ping, queryRows, type Store } from './database.ts'
export { isDiskFull, isRetryable, isUnavailable, StoreError, type StoreErrorCode } from './errors.ts'
export { canonicalActorId, nameKeys } from './identity.ts'
export type { DebtReporter } from './identity-facts.ts'
export {
  type Analyzer,
  type IngestResult,
  ingestArticle,
  isLargeAnalysis,
  storeAnalysis,
} from './ingest.ts'
export { jsonStream, stringifyInSlices } from './json-slices.ts'
export { type Migration, migrate } from './migrate.ts'
export { MIGRATIONS } from './migrations.generated.ts'
export { openPostgresStore, type PostgresOptions } from './open-postgres.ts'
export { type ActorFilter, getActor, listActors, storedActorId } from './queries/actors.ts'
export { type ArticleFilter, countArticles, getArticle, listArticles } from './queries/articles.ts'
export {
  type DateRange,
  DEFAULT_LIMIT,
  isStorableInstant,
  MAX_LIMIT,
  STORABLE_INSTANTS,
} from './queries/filters.ts'
export { findInconsistencies, type Inconsistency } from './queries/integrity.ts'
export type { JsonBytes, JsonStream, JsonText } from './queries/json-text.ts'
export { listRelations, type RelationFilter } from './queries/relations.ts'
export { searchAll } from './queries/search.ts'
export {
  listSpeakerStatementsJson,
  listStatements,
  listStatementsJson,
  type StatementFilter,
} from './queries/statements.ts'
export {
  importRegistry,
  type RegistryEntry,
  RegistryEntrySchema,
  type RegistryImport,
  RegistrySchema,
  readRegistry,
} from './registry.ts'
export { sweepOrphans } from './settle-identities.ts'
export * from './views.ts'
