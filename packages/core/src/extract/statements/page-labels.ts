import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// All-capital words that head a paragraph with a colon without naming a speaker: a page's notices, a post's "EDIT:"
// and "PS:", a dictionary entry's fields ("PRONUNCIATION:", "MEANING:"), a recipe's or a listing's.
export const PAGE_LABELS = new Set(
  `UPDATE UPDATED NOTE EDITOR WATCH READ RELATED BREAKING VIDEO PHOTO PHOTOS SOURCE SOURCES CORRECTION CLARIFICATION
  ADVERTISEMENT MORE ALSO WARNING SPOILER TRANSCRIPT FULL Q EDIT EDITED PS NB PRONUNCIATION MEANING DEFINITION
  ETYMOLOGY USAGE EXAMPLE EXAMPLES SYNONYMS TAGS CATEGORY CATEGORIES TOPICS KEYWORDS FILED POSTED SUMMARY ABSTRACT
  INGREDIENTS DIRECTIONS INSTRUCTIONS METHOD SERVES YIELD DATE TIME WHEN WHERE LOCATION VENUE ADDRESS PHONE EMAIL
  WEBSITE COST TICKETS CREDIT CREDITS CAPTION`.split(/\s+/),
)

/**
 * Whether a draft is a page's label and what it labels, not a speaker's line: its cue is a colon and its source one
 * or more of the label words in capitals ("PRONUNCIATION:" then "MAWD-lin", "EDIT: Thanks for the answers").
 * @example isPageLabel(context, draft) // true for "MEANING: Overly sentimental"
 */
export function isPageLabel(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, source } = draft
  if (!source || cue.end - cue.start !== 1 || context.lower(cue.start) !== ':') return false
  for (let t = source.start; t <= source.last; t++) {
    if (!PAGE_LABELS.has(context.tokens[t]?.text ?? '')) return false
  }
  return true
}
