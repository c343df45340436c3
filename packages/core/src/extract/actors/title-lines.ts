import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import { isCommonWord } from './common-words.ts'
import type { Mention } from './mentions.ts'
import type { TaggedArticle } from './tag-article.ts'
import { isAllCaps } from './tagger/word-shape.ts'
import { wholeNameFinder } from './whole-name-finder.ts'

// Short words that title case leaves in lower case ("What It's Like to Give Birth in Gaza").
export const MINOR_WORDS: ReadonlySet<string> = new Set(
  'a an the and but or nor for so yet at by in of on to up as via per vs off out from into with over'.split(
    ' ',
  ),
)
const MIN_CONTENT_WORDS = 3

/**
 * Whether each sentence is a line in title case: a headline or a heading ("Rolling Blackouts in Tarrow Have
 * Experts Stumped", "Blockade and Little Aid"), where every word but the short ones is capitalized and so no
 * capital marks a name. Three words or more, most of them common words, so that a line of names ("Ann Lee and
 * Tom Rake") or of results ("Tarrow 2 Vale County 1", "Tries: Ann Lee, Tom Rake") is none.
 */
export function titleCaseLines(article: TaggedArticle): boolean[] {
  return article.sentences.map(({ first, last }) => {
    let content = 0
    let common = 0
    for (let k = first; k < last; k++) {
      const word = (article.tokens[k] as { text: string }).text
      // Figures and initials make a line of results or a credit ("Tarrow 2 Vale 1", "Did Not Bat: A. Lee").
      if (/\d/.test(word) || /^\p{Lu}\.$/u.test(word)) return false
      // Contractions' pieces ("n't", "'s") and words in capitals (lines in capitals are judged apart) tell nothing.
      if (!/^\p{L}/u.test(word) || word.includes("'") || word.includes('’')) continue
      if (MINOR_WORDS.has(word.toLowerCase()) || isAllCaps(word)) continue
      if (!/^\p{Lu}/u.test(word)) return false
      content++
      if (isCommonForm(word)) common++
    }
    return content >= MIN_CONTENT_WORDS && common * 2 > content
  })
}

/**
 * In a line in title case, keeps only the names the article writes so elsewhere too ("Gaza" in the headline and
 * the text), a surname the text gives a person, and countries, parties and well-known names: "Give Birth" or
 * "Tarrow Have Power Experts Stumped" from a headline are no actors.
 */
export function confirmTitleLines(article: TaggedArticle, mentions: Mention[]): Mention[] {
  const lines = titleCaseLines(article)
  if (!lines.includes(true)) return mentions
  const lineOf = (m: Mention) => lines[article.sentenceOf[m.first] as number] === true
  // The sentences outside such lines, as spans of the text rather than a copy of it: a long text's copy would be
  // as long as the text.
  const elsewhere: Span[] = []
  article.sentences.forEach(({ first, last }, s) => {
    if (lines[s]) return
    const start = (article.tokens[first] as { start: number }).start
    const end = (article.tokens[last - 1] as { end: number }).end
    elsewhere.push({ start, end })
  })
  const asked = (m: Mention) => lineOf(m) && m.country === undefined && m.canonical === undefined
  const surnameOf = (m: Mention) => m.text.slice(m.text.lastIndexOf(' ') + 1)
  const names = mentions.filter(asked).flatMap((m) => [m.text, surnameOf(m)])
  // Each name looked up once, where its rarest word stands, not searched for from the start of the text.
  const isWritten = wholeNameFinder(article.text, elsewhere, names)
  return mentions.filter((m) => {
    if (!asked(m)) return true
    if (isWritten(m.text)) return true
    const surname = surnameOf(m)
    return m.kind === 'person' && surname !== m.text && isWritten(surname)
  })
}

/**
 * Whether a name stands as whole words inside one of the spans (sorted, apart) of a text, a span's edges counting as
 * the edges of words: as `containsWord` over the spans' texts joined by line breaks.
 * @example writtenIn('Gaza. In Gaza, no.', [{ start: 6, end: 18 }], 'Gaza') // true
 */
export function writtenIn(text: string, spans: readonly Span[], name: string): boolean {
  // A name across a line break or an empty one could match where the spans are joined: read the joined text.
  if (name === '' || name.includes('\n'))
    return containsWord(spans.map((span) => text.slice(span.start, span.end)).join('\n'), name)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (standsWholeInSpans(text, spans, at, at + name.length)) return true
  return false
}

/** Whether text[at..end) lies inside one of the spans (sorted, apart) and stands there as whole words. */
export function standsWholeInSpans(text: string, spans: readonly Span[], at: number, end: number): boolean {
  const span = spans[countStartingBefore(spans, at + 1) - 1]
  return span !== undefined && end <= span.end && isWholeAt(text, at, end, span.start, span.end)
}

/** Whether a text holds a name as whole words. */
function containsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (isWholeAt(text, at, at + name.length)) return true
  return false
}

/**
 * Whether text[at..end) stands as whole words: no letter or digit touches it inside from..to (a span's edges count
 * as the text's).
 * @example isWholeAt('the Gaza strip', 4, 8) // true
 */
export function isWholeAt(text: string, at: number, end: number, from = 0, to = text.length): boolean {
  const before = at === from ? '' : text.charAt(at - 1)
  const after = end === to ? '' : text.charAt(end)
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)
}

/** Whether a word is a common word, or an inflection of one ("Blackouts", "Stumped", "Rolling"). */
export function isCommonForm(word: string): boolean {
  if (isCommonWord(word)) return true
  const lower = word.toLowerCase()
  for (const ending of INFLECTIONS)
    if (lower.endsWith(ending) && lower.length > ending.length + 2) {
      const stem = lower.slice(0, -ending.length)
      if (isCommonWord(stem) || isCommonWord(`${stem}e`)) return true
    }
  return false
}

const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing']
