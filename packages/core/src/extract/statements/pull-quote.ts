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
  // Each copy that stays, in the text's words (its parts', without the writer's words between), spaced so a match
  // falls on whole words.
  const kept = statements.flatMap((s, i) => (pulled[i] ? [] : [` ${partWords(text, s)} `]))
  // A pull quote may join sentences the body gives apart ('"It is late. We are tired."' above '"It is late,"
  // she said. "We are tired."'): each of its sentences must be found again.
  const foundAgain = (s: Statement) =>
    sentencesOf(text.slice(s.content.start, s.content.end)).every((words) =>
      kept.some((w) => w.includes(` ${words} `)),
    )
  return statements.filter((s, i) => !pulled[i] || !foundAgain(s))
}

/** The words of a statement's content parts (or of its content), one space apart. */
function partWords(text: string, statement: Statement): string {
  const parts = statement.contentParts?.length ? statement.contentParts : [statement.content]
  return parts.map((part) => normalized(text.slice(part.start, part.end))).join(' ')
}

/** The words of each sentence of a quote, cut at its stops. */
function sentencesOf(quote: string): string[] {
  return quote
    .split(/[.!?]/)
    .map(normalized)
    .filter((words) => words !== '')
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
