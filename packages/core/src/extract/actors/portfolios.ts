import { ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import { isBodyHead } from './body-heads.ts'
import { isCommonWord } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

const JOINERS = new Set(['and', ',', '&'])

/**
 * "Trade and Industry Secretary Ann Pell", "Education and Skills spokeswoman", "Commerce and Industry Minister":
 * common nouns joined by "and" right before a title name the title's portfolio, no body. A name of the tagger's
 * made only of such words, on a run of them with an "and" that a title head ends, goes; a body's head keeps a
 * body ("Food and Drug Administration spokesman"), and so does any word that is no common one ("Marks and
 * Spencer spokesman"). Changes `found.mentions` in place.
 * @example // "Trade and Industry Secretary Ann Pell said no." → only the person Ann Pell
 */
export function dropPortfolios(article: TaggedArticle, found: ArticleMentions): void {
  found.mentions = found.mentions.filter((m) => !isPortfolio(article, m))
}

function isPortfolio(article: TaggedArticle, m: Mention): boolean {
  if (m.kind === 'person' || m.canonical !== undefined || m.country !== undefined) return false
  const { tokens, sentenceOf } = article
  let joined = false
  let k = m.first
  // The name and the words after it, up to the title: "Commerce" + "and Industry" + "Minister".
  for (; k < tokens.length && sentenceOf[k] === sentenceOf[m.first]; k++) {
    const word = tokens[k]?.text ?? ''
    if (JOINERS.has(word)) {
      joined = true
      continue
    }
    if (k >= m.last && ROLE_HEAD_SET.has(word.toLowerCase())) break
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(word) || isBodyHead(word)) return false
    if (ROLE_HEAD_SET.has(word.toLowerCase())) return false
  }
  return joined && k < tokens.length && ROLE_HEAD_SET.has((tokens[k]?.text ?? '').toLowerCase())
}
