import type { TaggedArticle } from './tag-article.ts'

const POSSESSIVE_MARKS = new Set(["'s", '’s'])

/**
 * Where the name in tokens [first, last) ends: before a possessive the tagger took in at its end ("Vexco's new
 * Radio Hub" → "Vexco") when the article also writes the name on its own, with neither a possessive nor another
 * capitalized word after it ("Vexco said"); a name that has its possessive everywhere keeps it ("Ardley's", a firm
 * named after its founder; "Lord's", a ground, beside "Lord Vell").
 * @example // "Vexco's Radio Hub is new. Vexco said so." with [first, last) on "Vexco 's" → last − 1
 */
export function nameEnd(article: TaggedArticle, first: number, last: number): number {
  const { tokens } = article
  if (last - 1 <= first || !POSSESSIVE_MARKS.has(tokens[last - 1]?.text ?? '')) return last
  const length = last - 1 - first
  for (let k = 0; k + length <= tokens.length; k++) {
    let same = true
    for (let n = 0; n < length && same; n++) same = tokens[k + n]?.text === tokens[first + n]?.text
    if (!same) continue
    const after = tokens[k + length]?.text ?? ''
    if (!POSSESSIVE_MARKS.has(after) && !/^\p{Lu}/u.test(after)) return last - 1
  }
  return last
}
