import { isCommonWord } from './common-words.ts'
import { findCountry, findCountryOfDemonym } from './countries.ts'
import { isFunctionWord } from './function-words.ts'
import type { Mention } from './mentions.ts'
import { nameAt, type TaggedArticle } from './tag-article.ts'
import { TAGS, typeOfTag } from './tagger/tags.ts'

// The last words of newspapers' names that name nothing else after "the": "the Telegraph", "the Guardian".
const MASTHEADS = new Set(
  'Telegraph Guardian Observer Herald Gazette Chronicle Tribune Scotsman Inquirer Examiner Journal'.split(
    ' ',
  ),
)
// Last words that are also common words ("the Independent candidate", "the Sun rose", "the Post Office"): a
// newspaper's only with a capitalized word before ("the Daily Mail", "the Evening Standard", "the Washington Post").
const MODIFIED_MASTHEADS = new Set(
  'Times Independent Mail Post Mirror Express Sun Standard Star Record'.split(' '),
)
/** Whether a word ends newspapers' names: "Telegraph", "Times", "Sun". */
export function isMastheadWord(word: string): boolean {
  return MASTHEADS.has(word) || MODIFIED_MASTHEADS.has(word)
}

// Capitalized words before the last one: "the Sunday Telegraph", "the New York Times".
const MODIFIERS = 3
const CAPITALIZED = /^\p{Lu}[\p{L}.'’-]*$/u

/**
 * Newspapers by their mastheads where the tagger found no name: "the Telegraph", "the Sunday Telegraph", "the
 * Daily Mail", "the Mail on Sunday" — "the", at most three capitalized words, and a newspaper's last word that
 * ends the name (not "the Times Square"), as organizations.
 * @example matchNewspapers(tagArticle(parseArticle('A report in the Telegraph said so.')))[0]?.text // 'Telegraph'
 */
export function matchNewspapers(article: TaggedArticle): Mention[] {
  const { tokens, sentenceOf } = article
  const text = (i: number) => tokens[i]?.text ?? ''
  const found: Mention[] = []
  for (let i = 1; i < tokens.length; i++) {
    if (text(i - 1).toLowerCase() !== 'the' || !CAPITALIZED.test(text(i))) continue
    let last = i
    while (
      last + 1 < tokens.length &&
      last - i < MODIFIERS &&
      sentenceOf[last + 1] === sentenceOf[i] &&
      CAPITALIZED.test(text(last + 1))
    )
      last++
    const word = text(last)
    if (!MASTHEADS.has(word) && !(MODIFIED_MASTHEADS.has(word) && last > i)) continue
    // The name ends at its last word: "the Times Square" or "the Guardian Angels Trust" is something else.
    if (
      last + 1 < tokens.length &&
      sentenceOf[last + 1] === sentenceOf[i] &&
      CAPITALIZED.test(text(last + 1))
    )
      continue
    // "the Mail on Sunday", "the Observer on Sunday".
    if (text(last + 1) === 'on' && text(last + 2) === 'Sunday') last += 2
    // A name the tagger found there is left to it ("The Sunday Telegraph", "the Guangdong Post and Telecommunications").
    if (article.tags.subarray(i - 1, last + 2).some((tag) => tag !== 0)) {
      i = last
      continue
    }
    // "The Sunday Telegraph" written with a capital keeps its article, as the masthead does.
    const first = text(i - 1) === 'The' ? i - 1 : i
    const start = (tokens[first] as { start: number }).start
    const end = (tokens[last] as { end: number }).end
    found.push({
      first,
      last: last + 1,
      start,
      end,
      text: nameAt(article, start, end),
      kind: 'organization',
    })
    i = last
  }
  return found
}

// Words that open a phrase and no publication's name: "A Russian newspaper", "Its magazine".
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'one'])
// Determiners before a place's name and the noun that make the noun one of several: "a London newspaper".
const INDEFINITE = new Set(['a', 'an', 'one'])
const LOCATION = typeOfTag(TAGS.indexOf('B-LOC'))
// Common nouns after a publication's name: "the Guardian newspaper", "Vedomosti newspaper", "Time magazine".
const PUBLICATION_NOUNS = new Set(['newspaper', 'magazine'])

/**
 * Publications named before "newspaper" or "magazine": "the Guardian newspaper", "Vedomosti newspaper", "The
 * Australian newspaper" — one to three capitalized words, as organizations whatever the tagger said. A demonym
 * or a country's name alone ("a Russian newspaper", "US magazine") names one only after a capitalized "The", a
 * place's name after "a" none ("a London newspaper"), and a common word opening a sentence
 * ("Financial newspaper Nikkei …") is no name.
 * @example matchPublications(tagArticle(parseArticle('He told the Guardian newspaper so.')))[0]?.text // 'Guardian'
 */
export function matchPublications(article: TaggedArticle): Mention[] {
  const { tokens, sentenceOf } = article
  const text = (i: number) => tokens[i]?.text ?? ''
  const found: Mention[] = []
  for (let k = 1; k < tokens.length; k++) {
    if (!PUBLICATION_NOUNS.has(text(k))) continue
    let first = k
    while (
      first > 0 &&
      k - first < MODIFIERS &&
      sentenceOf[first - 1] === sentenceOf[k] &&
      CAPITALIZED.test(text(first - 1)) &&
      !isFunctionWord(text(first - 1)) &&
      !DETERMINERS.has(text(first - 1).toLowerCase())
    )
      first--
    if (first === k) continue
    // "the News of the World newspaper": a longer name runs on before the capitalized words; it is the tagger's.
    const before = text(first - 1).toLowerCase()
    if (
      before === 'of' ||
      before === 'and' ||
      before === '&' ||
      (before === 'the' && text(first - 2) === 'of')
    )
      continue
    const capitalThe = text(first - 1) === 'The' && sentenceOf[first - 1] === sentenceOf[k]
    if (first === k - 1) {
      // "US magazine Vexly Weekly": a country's name before the noun says where the publication is, as a demonym does.
      const place = findCountryOfDemonym(text(first)) ?? findCountry(text(first))
      if (place && !capitalThe) continue
      // "a London newspaper": a place's name after "a" says where one of many is, not which ("a Vexly newspaper
      // poll" names one).
      if (
        INDEFINITE.has(text(first - 1).toLowerCase()) &&
        typeOfTag(article.tags[first] as number) === LOCATION
      )
        continue
      const opening = first === 0 || sentenceOf[first - 1] !== sentenceOf[first]
      if (opening && isCommonWord(text(first))) continue
    }
    if (capitalThe) first--
    const start = (tokens[first] as { start: number }).start
    const end = (tokens[k - 1] as { end: number }).end
    found.push({ first, last: k, start, end, text: nameAt(article, start, end), kind: 'organization' })
  }
  return found
}
