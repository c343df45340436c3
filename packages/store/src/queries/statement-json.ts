import type { StoredStatement } from '../canonical-analysis.ts'
import type { StatementView } from '../views.ts'
import type { JsonText } from './json-text.ts'

/** What a statement's view adds to the statement: its article, its words, and its actors' names as stored. */
export type StatementViewParts = {
  articleId: string
  articleTitle: string | null
  /** The article's date as an ISO 8601 UTC string. */
  date: string
  /** Which of the article's dates `date` is: the one its page stated, or the day it was stored. */
  dateSource: 'publishedAt' | 'ingestedAt'
  quote: string
  cueText: string | null
  sourceText: string | null
  speakerName: string | null
  targetName: string | null
}

/**
 * A statement's view as JSON text, as statement lists send it: the statement, then what the view adds, the
 * optional fields left out when null. Ingest writes it once per statement (an actor keeps the name it was first
 * stored with, and an article its title and date), so that a list reads one column per row.
 * @example statementViewJson(statement, { articleId: 'a_1', articleTitle: null, date: '2024-03-01T08:00:00.000Z', dateSource: 'publishedAt', quote: 'We will respond', cueText: 'said', sourceText: null, speakerName: 'Ann Lee', targetName: null })
 */
export function statementViewJson(
  statement: StoredStatement,
  parts: StatementViewParts,
): JsonText<StatementView> {
  const view: StatementView = {
    ...statement,
    articleId: parts.articleId,
    articleTitle: parts.articleTitle,
    date: parts.date,
    quote: parts.quote,
  }
  if (parts.speakerName !== null) view.speakerName = parts.speakerName
  if (parts.targetName !== null) view.targetName = parts.targetName
  if (parts.cueText !== null) view.cueText = parts.cueText
  if (parts.sourceText !== null) view.sourceText = parts.sourceText
  // Last, as migration 0006 appends it to views stored before it: the same statement gives the same bytes.
  view.dateSource = parts.dateSource
  return JSON.stringify(view)
}
