import { INSTITUTION_HEADS } from '../../data/actors/apposed-nouns.ts'
import { ORGANIZATION_HEADS } from '../../data/actors/organizations.ts'
import type { ArticleMentions, Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { isCapitalized } from './tagger/word-shape.ts'

// Last words that make a name a body's: "Foundation", "University", "Council".
const HEADS = new Set([...ORGANIZATION_HEADS, ...INSTITUTION_HEADS.map((w) => w.toLowerCase())])

/**
 * One body's name that the tagger cut in two becomes one organization: a person's name run into a body's
 * named after them ("the Ada Lane Vexley Trust", cut as "Ada Lane" and "Vexley Trust"), and a body's name,
 * "of" and a place ("the Marine Science Institute of Tarrow", cut as the institute and the place). Both parts
 * touch in the text, so no two actors are written that way. Changes `found.mentions` in place.
 * @example // "Ray Vale of the Ada Lane Vexley Trust said …" → organization "Ada Lane Vexley Trust"
 */
export function joinBodyNameParts(article: TaggedArticle, found: ArticleMentions): void {
  const mentions = [...found.mentions].sort((a, b) => a.first - b.first)
  const out: Mention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const left = mentions[i] as Mention
    const right = mentions[i + 1]
    // On one line: a name on the line under another's ("Karen Dobbs" over "Yale University") is another's.
    if (
      right &&
      article.sentenceOf[left.first] === article.sentenceOf[right.last - 1] &&
      onOneLine(article, left, right)
    ) {
      if (isPersonBeforeBody(article, left, right) || isBodyOfPlace(article, left, right)) {
        out.push(joined(article, left, right))
        i++
        continue
      }
    }
    out.push(left)
  }
  found.mentions = out
}

/** "Ada Lane" right before "Vexley Trust": the body's name, of two words or more, ends in a head. */
function isPersonBeforeBody(article: TaggedArticle, left: Mention, right: Mention): boolean {
  if (left.kind !== 'person' || right.first !== left.last || right.last - right.first < 2) return false
  if (right.kind === 'group' || right.country || right.canonical) return false
  return endsInHead(article, right)
}

/** "Marine Science Institute" "of" "Tarrow": a body's name ending in a head, "of" and a place's or country's. */
function isBodyOfPlace(article: TaggedArticle, left: Mention, right: Mention): boolean {
  if (left.kind !== 'organization' || left.canonical || left.country) return false
  if (right.kind !== 'location' && right.kind !== 'country') return false
  return (
    right.first === left.last + 1 && article.tokens[left.last]?.text === 'of' && endsInHead(article, left)
  )
}

function onOneLine(article: TaggedArticle, left: Mention, right: Mention): boolean {
  return !article.view.slice(left.end, right.start).includes('\n')
}

function endsInHead(article: TaggedArticle, m: Mention): boolean {
  const last = article.tokens[m.last - 1]?.text ?? ''
  return isCapitalized(last) && HEADS.has(last.toLowerCase())
}

function joined(article: TaggedArticle, left: Mention, right: Mention): Mention {
  const { country: _, speaks: __, canonical: ___, ...rest } = left
  const text = nameAt(article, left.start, right.end)
  return { ...rest, last: right.last, end: right.end, text, kind: 'organization' }
}
