import type { StatementContext } from './context.ts'
import type { SourcePlace } from './source.ts'

/**
 * For table tests: the token places of `words` in `text`, at their first place from `from` (or the place `at` when
 * given, e.g. `text.lastIndexOf(words)`). A mistyped row throws rather than testing a place at token -1.
 * @example spanOf(context, 'Fares rose, figures show.', 'figures') // { start: 3, last: 3 }
 */
export function spanOf(
  context: StatementContext,
  text: string,
  words: string,
  from = 0,
  at = text.indexOf(words, from),
): SourcePlace {
  const start = context.tokens.findIndex((token) => token.start === at)
  const last = context.tokens.findLastIndex((token) => token.end === at + words.length)
  if (at < 0 || start < 0 || last < start)
    throw new Error(`"${words}" is not a run of whole tokens in the text`)
  return { start, last }
}
