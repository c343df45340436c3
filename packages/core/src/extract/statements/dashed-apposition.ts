import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'
import type { SourcePlace } from './source.ts'

const DASHES = new Set(['-', '–', '—'])
// How many capitalised words a name before its dashed description may hold ("German Chancellor Gerhard Schroeder").
const NAME_REACH = 6
// Capitalised words that open a sentence and are no part of a name ("But", "The", "On", "He").
const FUNCTION_POS = new Set(['C', 'D', 'I', 'R', 'PR', 'W', 'TO'])

/**
 * The name before a description set off by dashes right before the cue: 'Mr Schroeder - a staunch supporter of the
 * pact - said …' names "Mr Schroeder", never the description, which names no one. Any other source as it is.
 * @example namedBeforeDashes(context, cue, { start: 3, last: 9 }) // { start: 0, last: 1 }
 */
export function namedBeforeDashes(
  context: StatementContext,
  cue: Cue,
  source: SourcePlace | null,
): SourcePlace | null {
  if (!source || source.last + 2 !== cue.start) return source
  const opening = source.start - 1
  if (!DASHES.has(context.lower(source.last + 1) ?? '') || !DASHES.has(context.lower(opening) ?? ''))
    return source
  const sentence = context.sentenceOf[opening]
  let start = opening
  while (
    start > 0 &&
    opening - start < NAME_REACH &&
    context.sentenceOf[start - 1] === sentence &&
    context.shape(start - 1) === 'Xx' &&
    !FUNCTION_POS.has(context.pos(start - 1) ?? '')
  )
    start--
  return start === opening ? source : { start, last: opening - 1 }
}
