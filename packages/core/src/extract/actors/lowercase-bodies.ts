import { commonTagOf } from './common-words.ts'
import { isFunctionWord } from './function-words.ts'
import type { Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'

// Heads of bodies that news names in lower case by their remit: "the joint committee on human rights", "the
// commission on social mobility". Written by hand; a board or council names a place, not a remit, and stays out.
const HEADS = new Set(['committee', 'commission', 'panel', 'tribunal'])
// Words after "on" that tell when, not what about: "the panel on time", "the committee on both days".
const NOT_REMITS = new Set([
  'time',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'behalf',
])
const MODIFIERS = 2
const REMIT_WORDS = 4
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u

/** Whether a lower-case word may be part of a body's name: a noun or adjective, or a word the lexicon lacks. */
function isNameWord(word: string): boolean {
  if (!LOWER_WORD.test(word) || isFunctionWord(word)) return false
  const tag = commonTagOf(word)
  return tag === undefined || tag === 'N' || tag === 'J'
}

/**
 * Bodies named in lower case by their head and remit, and parliamentary committees by their remit ("the Commons
 * home affairs committee", "the environment select committee"): "the joint committee on human rights", "the commission on
 * race and ethnic disparities" stop at the first word that is not a noun or adjective ("… on human rights found").
 * Only after "the", with at most two modifiers before the head; never a time ("the panel on time").
 * @example matchLowercaseBodies(tagArticle(parseArticle('The joint committee on human rights found gaps.')))[0]?.text // 'joint committee on human rights'
 */
export function matchLowercaseBodies(article: TaggedArticle): Mention[] {
  const { tokens, sentenceOf } = article
  const found: Mention[] = []
  for (let i = 1; i < tokens.length; i++) {
    const parliamentary = parliamentaryCommitteeAt(article, i)
    if (parliamentary) {
      found.push(parliamentary)
      continue
    }
    const head = (tokens[i] as { text: string }).text
    if (i + 2 >= tokens.length || !HEADS.has(head) || (tokens[i + 1] as { text: string }).text !== 'on')
      continue
    const sentence = sentenceOf[i]
    let first = i
    while (
      i - first < MODIFIERS &&
      sentenceOf[first - 1] === sentence &&
      isNameWord((tokens[first - 1] as { text: string }).text)
    )
      first--
    if (!/^the$/i.test(tokens[first - 1]?.text ?? '') || sentenceOf[first - 1] !== sentence) continue
    let last = i + 2
    while (
      last < tokens.length &&
      last - (i + 2) < REMIT_WORDS &&
      sentenceOf[last] === sentence &&
      isNameWord((tokens[last] as { text: string }).text)
    )
      last++
    // The remit ends in a noun: "on human rights", not "on human".
    while (last > i + 2 && commonTagOf((tokens[last - 1] as { text: string }).text) === 'J') last--
    if (last === i + 2) continue
    if (tokens.slice(i + 2, last).some((token) => NOT_REMITS.has(token.text))) continue
    const start = (tokens[first] as { start: number }).start
    const end = (tokens[last - 1] as { end: number }).end
    found.push({ first, last, start, end, text: nameAt(article, start, end), kind: 'organization' })
  }
  return found
}

// The houses whose committees news names by remit in lower case: "the Commons home affairs committee".
const HOUSES = new Set(['Commons', 'Lords'])

/**
 * A parliamentary committee named in lower case by its remit, ending at `i` ("committee"): "the Commons work and
 * pensions committee", "the environment select committee" — a house before the remit or "select" after it, so
 * that "the disciplinary committee" or "the select committee" alone name no body.
 */
function parliamentaryCommitteeAt(article: TaggedArticle, i: number): Mention | undefined {
  const { tokens, sentenceOf } = article
  // Asked at every token: most leave here, before the helper below is made.
  if ((tokens[i] as { text: string }).text !== 'committee') return undefined
  const text = (t: number) => (tokens[t] as { text: string } | undefined)?.text ?? ''
  const sentence = sentenceOf[i]
  let first = text(i - 1) === 'select' ? i - 1 : i
  const select = first < i
  let remit = 0
  while (remit < REMIT_WORDS && sentenceOf[first - 1] === sentence) {
    const word = text(first - 1)
    if (isNameWord(word) && word !== 'select') remit++
    else if (word !== 'and' || remit === 0 || !isNameWord(text(first - 2))) break
    first--
  }
  if (remit === 0) return undefined
  const house = HOUSES.has(text(first - 1)) && sentenceOf[first - 1] === sentence
  if (house) first--
  if ((!house && !select) || !/^the$/i.test(text(first - 1)) || sentenceOf[first - 1] !== sentence)
    return undefined
  const start = (tokens[first] as { start: number }).start
  const end = (tokens[i] as { end: number }).end
  return { first, last: i + 1, start, end, text: nameAt(article, start, end), kind: 'organization' }
}
