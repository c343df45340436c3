import { type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm'
import { statementTerms } from '../schema.ts'
import { webSearchQuery } from './filters.ts'

/** A word `or` on its own: web-search syntax for OR. */
const OR_WORD = /\bor\b/i

/**
 * Whether every word of a web-search query (`websearch_to_tsquery`) must be in a match: true when the query
 * only joins words and "phrases", false when it may have an `or` or a `-word`. A query of required words can
 * be answered from any one word's terms; the others are checked on each statement found. Errs towards false:
 * a `-` or an `or` that is no operator (as in "e-mail") only sends the query the general way.
 * @example everyWordRequired('"nuclear deal" sanctions') // true
 * @example everyWordRequired('sanctions or tariffs') // false
 */
export function everyWordRequired(q: string): boolean {
  return !q.includes('-') && !OR_WORD.test(q)
}

/** How many of a word's terms are counted when choosing the rarest word: enough to tell rare from common. */
const COUNT_CAP = 1000

/**
 * The lexeme a search of required words walks: the query's only lexeme, or of several the one with the fewest
 * statements (counted up to COUNT_CAP), so that the walk meets the other words soonest. Null when the query
 * has no lexeme (only stop words), which matches nothing, as `websearch_to_tsquery` does.
 */
export function walkedLexeme(q: Placeholder): SQL<string | null> {
  const lexemes = sql`tsvector_to_array(to_tsvector('english', ${q}))`
  return sql<string | null>`case when length(to_tsvector('english', ${q})) < 2 then (${lexemes})[1] else (
    select word.lexeme from unnest(${lexemes}) as word(lexeme)
    order by (select count(*) from (select from ${statementTerms} as seen
      where seen.lexeme = word.lexeme limit ${sql.raw(String(COUNT_CAP))}) as found), word.lexeme
    limit 1) end`
}

/**
 * A full-text match of `q` (web-search syntax) against a tsvector column, written as a function call rather
 * than `@@` so that the planner does not answer it from the text index: for rechecking rows found otherwise.
 * The query is a subquery so that a generic plan parses it once, not once for every row it checks.
 */
export function textRecheck(column: SQLWrapper, q: Placeholder): SQL {
  return sql`ts_match_vq(${column}, (select ${webSearchQuery(q)}))`
}
