export { normalizeDate } from './date.ts'
export { InputError, type InputErrorCode } from './errors.ts'
export { parseFeed } from './feed/index.ts'
export { extractArticleFromHtml, type HtmlOptions } from './html/index.ts'
export { type NdjsonBatch, parseNdjsonBatch } from './ndjson-batch.ts'
export {
  type BatchError,
  BatchErrorSchema,
  type BatchItem,
  BatchItemSchema,
  type Feed,
  type FeedItem,
  FeedItemSchema,
  FeedSchema,
  type HtmlArticle,
  HtmlArticleSchema,
} from './schemas.ts'
