import { givenNameGender } from '../given-names.ts'
import { looksLikePersonName } from './name-forms.ts'
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

/**
 * The tagger's type for a name it had carried over a line break, now cut at it (`cut`): a person's name that
 * opens with a given name ("Katie Herzog" on the line after "The Nation", "Joy Ladin" after "Yale University")
 * is a person, whatever type the joined chunk had; any other piece keeps the chunk's type.
 * @example // "Yale University\nJoy Ladin" tagged one ORG; for "Joy Ladin" → 'PER'
 */
export function typeOfLinePiece(
  article: TaggedArticle,
  first: number,
  last: number,
  type: string,
  cut: boolean,
): string {
  if (!cut || type === 'PER' || !looksLikePersonName(article, first, last)) return type
  return givenNameGender(article.tokens[first]?.text ?? '') === undefined ? type : 'PER'
}
