// @whosaid/store for Node: everything in ./edge.ts, plus the embedded PGlite store and file ingestion.
export * from './edge.ts'
export {
  type IngestFailure,
  type IngestFilesOptions,
  type IngestProgress,
  type IngestSummary,
  ingestFiles,
  listTextFiles,
} from './ingest-files.ts'
export { DEFAULT_DATA_DIR, type OpenStoreOptions, openStore } from './open-store.ts'
