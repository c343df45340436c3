import { eld } from 'eld/extrasmall'

/** How much of a text the identifier reads: the language of a news article shows in its first paragraphs. */
const SAMPLE = 3000

/** Fewer letters than this say too little to tell a language: such a text keeps the default. */
const MIN_LETTERS = 40

/** The language assumed when the text does not tell: whosaid's extractors are trained on English news. */
export const DEFAULT_LANGUAGE = 'en'

/**
 * The language of a text as an ISO 639-1 code ("en", "de", "ru"), by eld's n-gram identifier (pure JavaScript,
 * runs in browsers and workers). A text too short or too mixed to tell reliably is taken as English.
 * @example
 * identifyLanguage('Die Bundesregierung hat am Mittwoch neue Regeln beschlossen.') // 'de'
 */
export function identifyLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  if (countLetters(sample) < MIN_LETTERS) return DEFAULT_LANGUAGE
  const result = eld.detect(sample)
  return result.language !== '' && result.isReliable() ? result.language : DEFAULT_LANGUAGE
}

/** The letters in a text, up to the threshold that matters. */
function countLetters(text: string): number {
  let letters = 0
  for (const char of text) {
    if (/\p{L}/u.test(char) && ++letters >= MIN_LETTERS) break
  }
  return letters
}
