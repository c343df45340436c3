import * as z from 'zod'

const PublishedAtSchema = z.iso.datetime({ offset: true })

/** An article read from an HTML page: its text (title line, blank line, paragraphs) and what the page says about it. */
export const HtmlArticleSchema = z
  .object({
    text: z
      .string()
      .describe('The title, a blank line, then the paragraphs separated by blank lines: give it to analyze.'),
    title: z.string().nullable(),
    byline: z.string().optional(),
    publishedAt: PublishedAtSchema.optional(),
    source: z.string().optional().describe("The site's name, or its host when it gives none."),
    url: z.url().optional().describe('The URL given, else the canonical URL the page declares.'),
  })
  .meta({ id: 'HtmlArticle' })

/** An article read from an HTML page. */
export type HtmlArticle = z.infer<typeof HtmlArticleSchema>

/** One entry of an RSS or Atom feed. */
export const FeedItemSchema = z
  .object({
    title: z.string().describe('Plain text; empty when the entry has none.'),
    url: z.url().nullable().describe("The entry's link, or null when it has none."),
    publishedAt: PublishedAtSchema.optional(),
    summary: z.string().optional().describe('The description or summary as plain text.'),
    contentHtml: z.string().optional().describe('The full content as HTML (content:encoded, Atom content).'),
  })
  .meta({ id: 'FeedItem' })

/** One entry of an RSS or Atom feed. */
export type FeedItem = z.infer<typeof FeedItemSchema>

/** A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export const FeedSchema = z
  .object({
    format: z.enum(['rss', 'rdf', 'atom']),
    title: z.string().nullable(),
    url: z.url().nullable().describe("The feed's website."),
    items: z.array(FeedItemSchema),
  })
  .meta({ id: 'Feed' })

/** A parsed RSS or Atom feed. */
export type Feed = z.infer<typeof FeedSchema>

/** One line of an NDJSON batch: an article's text and what is known about it. */
export const BatchItemSchema = z
  .object({
    text: z.string().refine((text) => text.trim() !== '', 'text is empty'),
    url: z.url({ protocol: /^https?$/ }).optional(),
    publishedAt: PublishedAtSchema.optional(),
    source: z.string().optional(),
  })
  .meta({ id: 'BatchItem' })

/** One line of an NDJSON batch. */
export type BatchItem = z.infer<typeof BatchItemSchema>

/** Why a line of an NDJSON batch was left out. */
export const BatchErrorSchema = z
  .object({
    line: z.number().int().positive().describe('1-based line number.'),
    code: z.enum(['invalid-json', 'invalid-item']),
    message: z.string(),
  })
  .meta({ id: 'BatchError' })

/** Why a line of an NDJSON batch was left out. */
export type BatchError = z.infer<typeof BatchErrorSchema>
