import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'

// The words by which a writer, or a speaker inside a quote, speaks of themselves ("We" as written, "US" is a country),
// contracted too ("I’d recommend", "We've found"), and the "Let's" of "Let's say you have …".
const FIRST_PERSON = /^(?:(?:I|[Ww]e)(?:['’](?:d|ll|m|re|ve))?|us|me|[Ll]et['’]s)$/

/**
 * Drops statements whose source is only a first-person pronoun that no speaker was found for: a blog's, a recipe's
 * or a column's own voice ("I recommend the organic lemons", "we found that …") is what the page says, not a
 * statement it reports, and inside a quote ("'We predict a rise,' she added") the quote's own statement carries the
 * words. A first person resolved to a speaker ("I", in a transcript's line) stays.
 * @example dropAuthorVoice(parsed, statements) // without "I recommend …" of a recipe page
 */
export function dropAuthorVoice(parsed: ParsedArticle, statements: readonly Statement[]): Statement[] {
  return statements.filter(
    (statement) =>
      statement.speaker !== null ||
      !statement.source ||
      !FIRST_PERSON.test(parsed.view.slice(statement.source.start, statement.source.end).trim()),
  )
}
