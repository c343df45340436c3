import { parseArticle } from '../../parse/index.ts'
import { buildContext, type StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'

/** A content stage: from the content a cue was given to the content it keeps. */
type ContentStage = (context: StatementContext, cue: { end: number }, content: ContentPlace) => ContentPlace

/**
 * For table tests: the words (joined by spaces) of the content `stage` gives for a text whose cue is the word `cue`
 * and whose content runs from the word after it to the word `last` (the first of each after the cue).
 * @example contentByStage(throughDanglingEnd, 'Ms Vale condemned the vote.', 'condemned', 'the') // 'the vote'
 */
export function contentByStage(
  stage: ContentStage,
  text: string,
  cue: string,
  last: string,
  side: ContentPlace['side'] = 'after',
): string {
  const context = buildContext(parseArticle(text))
  const words = context.tokens.map((token) => token.text)
  const cueAt = words.indexOf(cue)
  const lastAt = words.indexOf(last, cueAt)
  const content = stage(context, { end: cueAt + 1 }, { start: cueAt + 1, last: lastAt, side })
  return words.slice(content.start, content.last + 1).join(' ')
}
