import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { SourcePlace } from './source.ts'

// How many capitalised words a name between commas may hold ("Sir Tom Reed-Vale").
const NAME_REACH = 5

/**
 * The name set off by commas between a source and its cue: 'Director, David Caldwell, said …' names David Caldwell,
 * not "Director", which names no one. Any other source as it is.
 * @example nameBetweenCommas(context, cue, { start: 0, last: 0 }) // { start: 2, last: 3 }
 */
export function nameBetweenCommas(
  context: StatementContext,
  cue: Cue,
  source: SourcePlace | null,
): SourcePlace | null {
  if (!source || source.last >= cue.start) return source
  const first = source.last + 2
  const last = cue.start - 2
  if (context.lower(source.last + 1) !== ',' || context.lower(cue.start - 1) !== ',') return source
  if (last < first || last - first >= NAME_REACH) return source
  for (let t = first; t <= last; t++) if (context.shape(t) !== 'Xx') return source
  return { start: first, last }
}
