import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'

// The fewest words a pull quote repeats: two or three words ("Thank you.") recur in any text by chance.
const FEWEST_WORDS = 5

/**
 * Drops statements with no cue of their own whose paragraph is nothing but the quoted words, when those words come
 * again elsewhere in the text: a page's pull quote or standfirst ("'It is a dark day.'" above the text, and "It is a
 * dark day," Lee said further on) repeats a statement the body reports; it is no statement of its own.
 * @example dropPullQuotes(parsed, statements) // statements, less a quote paragraph printed twice
 */
export function dropPullQuotes(parsed: ParsedArticle, statements: readonly Statement[]): Statement[] {
  const { text } = parsed
  const whole = ` ${normalized(text)} `
  return statements.filter((statement) => {
    if (statement.cue !== null) return true
    const words = normalized(text.slice(statement.content.start, statement.content.end))
    if (words.split(' ').length < FEWEST_WORDS) return true
    const paragraph = parsed.paragraphs.find(
      (p) => p.start <= statement.content.start && statement.content.end <= p.end,
    )
    if (!paragraph || normalized(text.slice(paragraph.start, paragraph.end)) !== words) return true
    const first = whole.indexOf(` ${words} `)
    return first === -1 || whole.indexOf(` ${words} `, first + 1) === -1
  })
}

/** The text's words in lower case, one space apart: marks, quotes and line breaks left out. */
function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
