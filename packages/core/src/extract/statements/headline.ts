import type { ParsedArticle } from '../../parse/document.ts'
import { parseArticle } from '../../parse/index.ts'
import type { StatementDraft } from './assemble.ts'
import { foldTitleCase } from './headline-case.ts'

/**
 * The headline as a text of its own, or null when the article has none. The parser sets the title apart from the
 * body, so the statements stages, which read sentences, never see its words; yet a headline reports as a sentence
 * does ("Sanders: Clinton needs to …", "Flynn says Trump …", "…, Lindsey Graham Says"). Parsed alone, the text up to
 * the title's end is all body, at the same offsets as in the article.
 * @example headlineArticle(parseArticle('Flynn says Trump is right\n\nThe general …'))?.sentences.length // 1
 */
export function headlineArticle(parsed: ParsedArticle): ParsedArticle | null {
  const { title } = parsed
  if (!title) return null
  const before = parsed.text.slice(0, title.start)
  return parseArticle(before + foldTitleCase(parsed.text.slice(title.start, title.end)))
}

/**
 * Whether a draft of the headline text lies in the headline: its cue and content inside the title span (the text
 * before the title, dropped as furniture, is never a statement of the article).
 */
export function withinHeadline(parsed: ParsedArticle, draft: StatementDraft): boolean {
  const { title } = parsed
  return (
    title !== null &&
    draft.cueSpan.start >= title.start &&
    draft.contentSpan.start >= title.start &&
    draft.contentSpan.end <= title.end
  )
}
