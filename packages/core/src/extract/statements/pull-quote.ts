import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'

// The fewest words a pull quote repeats: two or three words ("Thank you.") recur in any text by chance.
const FEWEST_WORDS = 5

/**
 * Drops statements with no cue of their own whose paragraph is nothing but the quoted words, when a statement that
 * stays gives those words again: a page's pull quote or standfirst ("'It is a dark day.'" above the text, and "It is
 * a dark day," Lee said further on) repeats a statement the body reports; it is no statement of its own. When every
 * copy is such a paragraph, none is dropped, lest the quote be lost.
 * @example dropPullQuotes(parsed, statements) // statements, less a quote paragraph printed twice
 */
export function dropPullQuotes(parsed: ParsedArticle, statements: readonly Statement[]): Statement[] {
  const { text } = parsed
  // Only statements without a cue may be pulled; the words of the others are read only when one is.
  const wordsOf = (s: Statement) => normalized(text.slice(s.content.start, s.content.end))
  const words = statements.map((s) => (s.cue === null ? wordsOf(s) : undefined))
  const pulled = statements.map((statement, i) => isQuoteParagraph(parsed, statement, words[i] ?? ''))
  if (!pulled.includes(true)) return [...statements]
  // Each copy that stays, in the text's words, spaced so a match falls on whole words.
  const kept = statements.flatMap((s, i) => (pulled[i] ? [] : [` ${words[i] ?? wordsOf(s)} `]))
  return statements.filter((_, i) => !pulled[i] || !kept.some((w) => w.includes(` ${words[i]} `)))
}

/** Whether a statement with no cue is its paragraph's whole text, long enough that a repeat is no chance. */
function isQuoteParagraph(parsed: ParsedArticle, statement: Statement, words: string): boolean {
  if (statement.cue !== null || words.split(' ').length < FEWEST_WORDS) return false
  const paragraph = parsed.paragraphs.find(
    (p) => p.start <= statement.content.start && statement.content.end <= p.end,
  )
  return paragraph !== undefined && normalized(parsed.text.slice(paragraph.start, paragraph.end)) === words
}

/** The text's words in lower case, one space apart: marks, quotes and line breaks left out. */
function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
