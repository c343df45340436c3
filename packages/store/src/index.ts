// @whosaid/store for Node: everything in ./edge.ts, plus the embedded PGlite store, the files a server keeps in
// its data folder (its write token, where it listens) and file ingestion.
export * from './edge.ts'
export { undoErrorOf } from './errors.ts'
export {
  type IngestFailure,
  type IngestFilesOptions,
  type IngestProgress,
  type IngestSummary,
  ingestFiles,
  listTextFiles,
} from './ingest-files.ts'
export { DEFAULT_DATA_DIR, type OpenStoreOptions, openStore } from './open-store.ts'
export {
  API_TOKEN_FILE,
  keepApiToken,
  readApiToken,
  readServerRecord,
  recordServer,
  type ServerRecord,
} from './server-files.ts'
