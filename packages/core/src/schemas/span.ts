import * as z from 'zod'

/** A half-open range of UTF-16 offsets (JavaScript string indices) into `article.text`. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('First UTF-16 offset, inclusive.'),
    end: z.number().int().nonnegative().describe('Last UTF-16 offset, exclusive.'),
  })
  .refine((span) => span.end >= span.start, { message: 'end must not be before start', path: ['end'] })
  .meta({ id: 'Span', description: 'UTF-16 offsets into article.text, end exclusive.' })

/** A half-open range of UTF-16 offsets into `article.text`. */
export type Span = z.infer<typeof SpanSchema>
