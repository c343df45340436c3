import type { TaggedArticle } from './tag-article.ts'

/**
 * Whether a line break stands between token `t` and the one before it. A name never runs over a line: in lists,
 * signatures and captions of web pages ("Jon Rego⏎Clayton", "Lea Carpenter⏎Noam Chomsky") the line ends one name
 * and the next line opens another, though the tagger, reading the lines as one sentence, joins them.
 * @example // "Jon Rego\nClayton" with t on "Clayton" → true
 */
export function lineBreakBefore(article: TaggedArticle, t: number): boolean {
  const token = article.tokens[t]
  const previous = article.tokens[t - 1]
  if (token === undefined || previous === undefined) return false
  return article.view.slice(previous.end, token.start).includes('\n')
}
