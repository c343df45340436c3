import type { Token } from '../../parse/document.ts'

// Reporting verbs that stand, after a comma, between a quote and its source in news text: ', said Ms Cole'.
const INVERTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'insisted', 'warned', 'argued'])
// Pronouns that name a source before such a verb: ', she said.'
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])
// What may follow a verb-first source's verb: a capitalised name or an article ('said Ms Cole', 'said the mayor').
const CAPITALISED = /^\p{Lu}/u
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their'])
// What may follow a pronoun-first source's verb: the end of its clause (', she said.', ', he said, adding …').
const CLAUSE_ENDS = new Set(['.', ',', ';', '!', '?'])

/**
 * Where a quote left open must end, inside its paragraph: the token of the comma before its own source and cue
 * ('"We will not sell the farm, said Ms Cole, who runs it.' ends before ', said'), or -1 when no source stands in
 * it. The writer forgot the closing mark; taking the paragraph whole makes the cue part of its own words.
 * @example openQuoteEnd(tokens, 1, 12) // 8, the comma before "said Ms Cole"
 */
export function openQuoteEnd(tokens: readonly Token[], innerStart: number, innerEnd: number): number {
  for (let t = innerStart + 2; t + 2 < innerEnd; t++) {
    if (tokens[t]?.text !== ',') continue
    const first = (tokens[t + 1]?.text ?? '').toLowerCase()
    const second = tokens[t + 2]?.text ?? ''
    if (INVERTED_VERBS.has(first) && (CAPITALISED.test(second) || ARTICLES.has(second.toLowerCase())))
      return t
    if (PRONOUNS.has(first) && INVERTED_VERBS.has(second.toLowerCase())) {
      if (CLAUSE_ENDS.has(tokens[t + 3]?.text ?? '.')) return t
    }
  }
  return -1
}
