import type { Token } from '../../parse/document.ts'
import { commonTagOf } from './common-words.ts'
import type { TaggedArticle } from './tag-article.ts'

// Two to five capitals ("NHS", "OSCE") or a group of nations ("G8", "G20"); not a model with digits ("PS2",
// "FY500"), which is a product.
const ACRONYM = /^(?:[A-Z]{2,5}|G[0-9]{1,2})$/
// What may follow a body's acronym: the end of a clause, its possessive, or a common word that is no noun or
// adjective ("the NHS said", "on the NHS."); "the MMR jab", "the FTSE 100" name other things.
const CLAUSE_PUNCTUATION = new Set(['.', ',', ';', ':', ')', '!', '?', '"', '”', "'s", '’s', '-'])

/**
 * Whether a name the tagger called MISC, tokens [first, last), is a body's acronym after "the": "the NHS", "the
 * OSCE said", "cuts to the NHS's budget". In news such acronyms are organizations (CoNLL and CrossNER tag them
 * so almost always); the tagger, trained on text that seldom named them, takes some for other names.
 * @example isBodyAcronym(tagArticle(parseArticle('He praised the NHS.')), 3, 4) // true
 */
export function isBodyAcronym(article: TaggedArticle, first: number, last: number): boolean {
  const { tokens } = article
  if (last - first !== 1 || tokens[first - 1]?.text.toLowerCase() !== 'the') return false
  if (!ACRONYM.test((tokens[first] as Token).text)) return false
  const next = tokens[last]
  if (next === undefined || article.sentenceOf[last] !== article.sentenceOf[first]) return true
  if (CLAUSE_PUNCTUATION.has(next.text)) return true
  if (!/^\p{Ll}/u.test(next.text)) return false
  const tag = commonTagOf(next.text)
  return tag !== undefined && tag !== 'N' && tag !== 'J' && tag !== 'NUM'
}
