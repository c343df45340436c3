// @whosaid/core/io: core without its extractors — the schemas, the input readers, the output formats and the
// helpers around them. It loads no model and no language identifier (about 100 MB of a process's memory, most of
// it eld's n-gram table), so that a thread that stores, reads or exports analyses but never analyzes (the CLI's and
// a server's main thread, beside their analysis threads) stays small. `@whosaid/core` exports all of it, and
// `analyze` and `polarityToward` besides.
export { deriveRelations } from './extract/relations.ts'
export {
  type AnnotationPage,
  CSV_COLUMNS,
  type CsvFormatOptions,
  formatAnalyses,
  formatCsv,
  formatJson,
  formatJsonLd,
  formatNdjson,
  formatWebAnnotations,
  type JsonFormatOptions,
  type JsonLdDocument,
  type JsonLdNode,
  OUTPUT_FORMATS,
  type OutputFormat,
  OutputFormatSchema,
  type TextPositionSelector,
  type TextQuoteSelector,
  toJsonLd,
  toWebAnnotations,
  type WebAnnotation,
  type WebAnnotationOptions,
} from './formats/index.ts'
export {
  type BatchError,
  BatchErrorSchema,
  type BatchItem,
  BatchItemSchema,
  extractArticleFromHtml,
  type Feed,
  type FeedItem,
  FeedItemSchema,
  FeedSchema,
  type HtmlArticle,
  HtmlArticleSchema,
  type HtmlOptions,
  InputError,
  type InputErrorCode,
  type NdjsonBatch,
  normalizeDate,
  parseFeed,
  parseNdjsonBatch,
} from './input/index.ts'
export { hashText } from './parse/hash.ts'
export { wellFormedText } from './parse/normalize.ts'
export * from './schemas/index.ts'
export { EXTRACTOR } from './version.ts'
