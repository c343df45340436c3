import * as z from 'zod'
import { SpanSchema } from './span.ts'

/** An article: its text exactly as given, and where its parts lie in it. */
export const ArticleSchema = z
  .object({
    id: z
      .string()
      .regex(/^a_[0-9a-f]{16}$/)
      .describe('Stable hash of the text: the same text always gets the same id.'),
    title: z.string().nullable().describe('The headline, or null when the text has none.'),
    dateline: z.string().nullable().describe('The place of the dateline ("Moscow", "WASHINGTON"), or null.'),
    text: z.string().describe('The text every span points into; for plain-text input, the input unchanged.'),
    titleSpan: SpanSchema.nullable().optional().describe('Where the title lies in text.'),
    datelineSpan: SpanSchema.nullable().optional().describe('Where the whole dateline lies in text.'),
    body: SpanSchema.describe('The article body, without title, dateline and site trailer.'),
    paragraphs: z.array(SpanSchema).describe('The body paragraphs, in order.'),
    sentences: z.array(SpanSchema).optional().describe('The body sentences, in order.'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .optional()
      .describe(
        'The language of the text, ISO 639-1 ("en", "de", "ru"). whosaid finds actors and statements in English only.',
      ),
    url: z
      .url({ protocol: /^https?$/, error: 'use an http or https URL' })
      .optional()
      .describe('Where the article was published: an http(s) URL.'),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    source: z.string().optional().describe('The publisher or feed the article came from.'),
    byline: z.string().optional(),
  })
  .meta({ id: 'Article', description: 'A news article and the layout of its text.' })

/** An article: its text exactly as given, and where its parts lie in it. */
export type Article = z.infer<typeof ArticleSchema>
