export { analyze } from './analyze.ts'
export { polarityToward, type TargetPolarity } from './extract/polarity/polarity-toward.ts'
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
