import { ActorIdSchema, PolaritySchema } from '@whosaid/core/schemas'
import { z } from 'zod'
import type { StatementQuery } from './api-client.ts'
import type { ActorSummary } from './api-types.ts'

/** Free text from a form field: trimmed, cut to a sane length, dropped when empty. */
function field(max: number) {
  return z
    .string()
    .transform((value) => value.trim().slice(0, max))
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined)
}

/** A YYYY-MM-DD date that exists in years 0001–9999 (what the API takes); anything else is dropped. */
const day = z.iso
  .date()
  .refine((value) => !value.startsWith('0000'))
  .optional()
  .catch(undefined)

/** The statements page's filters, read leniently from the query string: a bad value is dropped, not an error. */
export const StatementFilterSchema = z.object({
  speaker: field(120),
  target: field(120),
  polarity: PolaritySchema.optional().catch(undefined),
  q: field(200),
  from: day,
  to: day,
  cursor: field(500),
})

/** The statements page's filters. */
export type StatementFilter = z.infer<typeof StatementFilterSchema>

/**
 * Reads the statements page's filters from its URL; empty fields and bad values are left out.
 * @example parseStatementFilter(new URLSearchParams('polarity=oppose&from=2024-13-01')) // { polarity: 'oppose' }
 */
export function parseStatementFilter(params: URLSearchParams): StatementFilter {
  const raw = Object.fromEntries([...params.entries()].filter(([key]) => key in StatementFilterSchema.shape))
  const parsed = StatementFilterSchema.parse(raw)
  return Object.fromEntries(
    Object.entries(parsed).filter(([, value]) => value !== undefined),
  ) as StatementFilter
}

/** True when the text is an actor id (`person:ann-lee`) rather than a name to look up. */
export function isActorId(text: string): boolean {
  return ActorIdSchema.safeParse(text).success
}

/** An actor named in a filter, as found: its id and name, or null when no actor matches. */
export type ResolvedActor = Pick<ActorSummary, 'id' | 'name'> | null

/**
 * Turns the filters and the actors they resolved to into the API's query; dates cover whole days in UTC.
 * @example toStatementQuery({ from: '2024-03-04' }, {}) // { from: '2024-03-04T00:00:00.000Z' }
 */
export function toStatementQuery(
  filter: StatementFilter,
  actors: { speaker?: ResolvedActor | undefined; target?: ResolvedActor | undefined },
  limit = 20,
): StatementQuery {
  const query: StatementQuery = { limit }
  if (actors.speaker) query.speaker = actors.speaker.id
  if (actors.target) query.target = actors.target.id
  if (filter.polarity) query.polarity = filter.polarity
  if (filter.q) query.q = filter.q
  if (filter.from) query.from = `${filter.from}T00:00:00.000Z`
  if (filter.to) query.to = `${filter.to}T23:59:59.999Z`
  if (filter.cursor) query.cursor = filter.cursor
  return query
}

/** The filters as query-string values for links (next page, remove one filter), without the cursor. */
export function filterParams(filter: StatementFilter): Record<string, string | undefined> {
  const { cursor: _cursor, ...rest } = filter
  return rest
}

/**
 * A heading that says what the filters select, with the actors' real names.
 * @example describeStatementFilter({ polarity: 'oppose' }, { speaker: { id, name: 'Ann Lee' } }) // 'Statements by Ann Lee (oppose)'
 */
export function describeStatementFilter(
  filter: StatementFilter,
  actors: { speaker?: ResolvedActor | undefined; target?: ResolvedActor | undefined },
): string {
  const parts: string[] = []
  if (actors.speaker) parts.push(`by ${actors.speaker.name}`)
  if (actors.target) parts.push(`about ${actors.target.name}`)
  if (filter.q) parts.push(`saying “${filter.q}”`)
  if (filter.from && filter.to) parts.push(`from ${filter.from} to ${filter.to}`)
  else if (filter.from) parts.push(`since ${filter.from}`)
  else if (filter.to) parts.push(`until ${filter.to}`)
  const polarity = filter.polarity ? ` (${filter.polarity})` : ''
  return parts.length || polarity
    ? `Statements ${parts.join(' ')}${polarity}`.replace(/\s+/g, ' ').trim()
    : 'Statements'
}
