import { ActorKindSchema, PolaritySchema } from '@whosaid/core/schemas'
import { z } from 'zod'

const text = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max) || undefined)
    .optional()
    .catch(undefined)

/** The query parameters of the list and search pages, read leniently: a bad value is dropped. */
export const ListParamsSchema = z.object({
  q: text(200),
  cursor: text(500),
  kind: ActorKindSchema.optional().catch(undefined),
  actor: text(120),
  polarity: PolaritySchema.optional().catch(undefined),
})

/** The query parameters of the list and search pages. */
export type ListParams = z.infer<typeof ListParamsSchema>

/**
 * Reads `q`, `cursor`, `kind`, `actor` and `polarity` from a page's URL.
 * @example readListParams(new URLSearchParams('q=%20lee%20&kind=alien')) // { q: 'lee' }
 */
export function readListParams(params: URLSearchParams): ListParams {
  const raw = Object.fromEntries([...params.entries()].filter(([key]) => key in ListParamsSchema.shape))
  return ListParamsSchema.parse(raw)
}
