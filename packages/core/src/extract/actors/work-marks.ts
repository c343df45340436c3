import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'

// Words that open a work's title and that running text writes in lower case: "his role in My Left Foot",
// "a part in A Room With A View". Capitalized inside a sentence, they start a title the name is the end of.
const TITLE_OPENERS = new Set(['My', 'Your', 'Our', 'His', 'Her', 'Their', 'A', 'An'])

/**
 * Marks of a work's title around a name, in a sentence of running text: a capitalized "My", "A" or "The" right
 * before it that the sentence does not open ("roles in My Beautiful Launderette", "films including The
 * Crucible"; "The" only before a name taken for a person or a place, as bodies and papers take it too: "The
 * Guardian said"), a person's name that itself opens with "The" ("The Crucible"), or a year in brackets right
 * after it ("Vera Drake (2004)"; a person's dates have two years).
 * @example // "He starred in My Left Foot." → true for the mention "Left Foot"
 */
export function isMarkedWork(article: TaggedArticle, m: Mention): boolean {
  if (m.country !== undefined || m.canonical !== undefined || m.kind === 'group') return false
  if (m.kind === 'person' && /^The /.test(m.text)) return true
  return isOpenedTitle(article, m) || isDatedWork(article, m)
}

/** The key under which a work's mentions are the same work: "The Incredibles", "Incredibles'" → "Incredibles". */
export function workKey(text: string): string {
  return text.replace(/^the /i, '').replace(/(?:'s|’s|'|’)$/u, '')
}

/** A title opener right before the name, after a word in lower case of the same sentence (not a comma: "Orlin, A Pell"). */
function isOpenedTitle(article: TaggedArticle, m: Mention): boolean {
  const { tokens, sentenceOf } = article
  const opener = tokens[m.first - 1]?.text ?? ''
  const before = tokens[m.first - 2]?.text ?? ''
  if (sentenceOf[m.first - 2] !== sentenceOf[m.first]) return false
  if (!/^\p{Ll}/u.test(before)) return false
  // "starring in The Cosby Show": a title that goes on past the name is named after it; the name stays.
  if (/^\p{Lu}/u.test(tokens[m.last]?.text ?? '') && sentenceOf[m.last] === sentenceOf[m.first]) return false
  return TITLE_OPENERS.has(opener) || (opener === 'The' && m.kind === 'person')
}

/** "(1997)" right after the name: a work's year of release. */
function isDatedWork(article: TaggedArticle, m: Mention): boolean {
  const { tokens } = article
  const year = tokens[m.last + 1]?.text ?? ''
  return tokens[m.last]?.text === '(' && tokens[m.last + 2]?.text === ')' && /^(?:1[89]|20)\d\d$/.test(year)
}
