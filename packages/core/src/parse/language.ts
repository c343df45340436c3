import { eld } from 'eld/extrasmall'

/** How much of a text the identifier reads: the language of a news article shows in its first paragraphs. */
const SAMPLE = 3000

/** Fewer letters than this say too little to tell a language: such a text keeps the default. */
const MIN_LETTERS = 40

/** The language assumed when the text does not tell: whosaid's extractors are trained on English news. */
export const DEFAULT_LANGUAGE = 'en'

/**
 * The language of a text as an ISO 639-1 code ("en", "de", "ru"), by eld's n-gram identifier (pure JavaScript,
 * runs in browsers and workers). A text too short to tell, or too mixed to tell another language well ahead of
 * English, is taken as English; given `whole`, a `text` too short to tell is told by `whole`.
 * @example
 * identifyLanguage('Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.') // 'de'
 */
export function identifyLanguage(text: string, whole?: string): string {
  // A body of a line or two ("Jetzt bestellen und sparen!") says too little: then the whole text tells, if given.
  if (whole !== undefined && countLetters(text) < MIN_LETTERS) return identifyLanguage(whole)
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  if (countLetters(sample) < MIN_LETTERS) return DEFAULT_LANGUAGE
  const result = eld.detect(sample)
  if (result.language === '' || result.language === DEFAULT_LANGUAGE) return DEFAULT_LANGUAGE
  if (result.isReliable()) return result.language
  // Unreliable is what eld says of lists, tables and short lines ("Rezept⏎für zwei Personen…", a table of results):
  // another language well ahead of English still tells; a close call keeps English.
  const scores = result.getScores() as Record<string, number>
  const top = scores[result.language] ?? 0
  return top >= AHEAD * (scores[DEFAULT_LANGUAGE] ?? 0) ? result.language : DEFAULT_LANGUAGE
}

/** How far ahead of English's score an unreliable guess of another language must be to be taken. */
const AHEAD = 1.25

/** The letters in a text, up to the threshold that matters. */
function countLetters(text: string): number {
  let letters = 0
  for (const char of text) {
    if (/\p{L}/u.test(char) && ++letters >= MIN_LETTERS) break
  }
  return letters
}
