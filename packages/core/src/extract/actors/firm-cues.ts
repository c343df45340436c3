import { HONORIFICS } from '../../data/actors/roles.ts'
import { commonTagOf } from './common-words.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { oneWordNames } from './one-word-names.ts'
import type { TaggedArticle } from './tag-article.ts'

// Nouns of a piece of research that "by" follows with its maker ("a study by Vellcor"), and people whose employer
// "at" follows ("an analyst at Vellcor"): closed classes.
const RESEARCH_NOUNS = new Set(
  'research study survey report poll analysis forecast forecasts estimate estimates figures data'.split(' '),
)
const ANALYSTS = new Set('analyst analysts economist economists strategist strategists'.split(' '))

/**
 * "Recent research by Jupiter suggested …", "an analyst at Nomura said": a lone word the tagger took for a
 * person that the article puts once at least right after a piece of research and "by", or an analyst and "at",
 * is the firm that made it or employs them, where the article gives that word no given name, honorific or
 * verb of saying anywhere ("a study by Professor Vale", "Tom Vale … a study by Vale" stay people), and that no
 * other mention makes the subject of a verb ("a study by Vale … Vale tested 40 pupils": the author). Changes
 * the mentions in place.
 * @example // "Research by Vellcor suggested sales would fall." → the organization Vellcor
 */
export function settleFirmCues(article: TaggedArticle, found: ArticleMentions): void {
  const { byName, borne } = oneWordNames(found, (m) => m.kind === 'person')
  for (const [name, list] of byName) {
    if (borne.has(name) || list.some((m) => m.speaks || isHonored(article, m))) continue
    const cues = new Set(list.filter((m) => isFirmCue(article, m)))
    if (cues.size === 0 || list.some((m) => !cues.has(m) && isSubject(article, m))) continue
    for (const m of list) m.kind = 'organization'
  }
}

function isHonored(article: TaggedArticle, m: Mention): boolean {
  return HONORIFICS[article.tokens[m.first - 1]?.text.toLowerCase() ?? ''] !== undefined
}

/** "Vale tested 40 pupils": a verb right after the name, as a person who does the research does. */
function isSubject(article: TaggedArticle, m: Mention): boolean {
  const next = article.tokens[m.last]?.text ?? ''
  if (article.sentenceOf[m.last] !== article.sentenceOf[m.last - 1] || next !== next.toLowerCase())
    return false
  return commonTagOf(next)?.startsWith('V') === true
}

function isFirmCue(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  if (sentenceOf[m.first - 2] !== sentenceOf[m.first]) return false
  const preposition = tokens[m.first - 1]?.text
  const noun = tokens[m.first - 2]?.text.toLowerCase() ?? ''
  return (preposition === 'by' && RESEARCH_NOUNS.has(noun)) || (preposition === 'at' && ANALYSTS.has(noun))
}
