import { reportingClass } from './lexicon.ts'
import { stemWord } from './stem.ts'

// Words that title case capitalises and that join a headline's report to what it reports ("Calls *For*", "Worried
// *About*", "Is *Now* Calling").
const LINKING_WORDS = new Set(
  'a an the to for about with of on in at as by from over after into against and or but is are was were be been has have had will would just now not his her their its'.split(
    ' ',
  ),
)
// A capitalised word: a capital, then lower-case letters only (not "GOP", "McCain", "D-Va").
const CAPITALISED = /\p{Lu}\p{Ll}+/gu
// A word, for the count of capitalised ones.
const WORD = /\p{L}+/gu
// How many words a headline holds at least, and what share of them title case capitalises, to be read as title case.
const MIN_WORDS = 4
const MIN_CAPITALISED = 0.75

/**
 * A headline in title case with its words of reporting and linking in lower case, at the same offsets ("Vale Calls
 * For Public Inquiry" → "Vale calls for Public Inquiry"): the cue tagger only scores a capitalised word
 * that opens a sentence, so a title-case headline hides its verbs. Names, and any word the reporting lexicon does
 * not hold, keep their capitals; the first word stays as it is. A headline in sentence case comes back as it was.
 * @example foldTitleCase('Reed Endorses Ann Lee With Party Blessing') // 'Reed endorses Ann Lee with Party Blessing'
 */
export function foldTitleCase(headline: string): string {
  const words = headline.match(WORD) ?? []
  if (words.length < MIN_WORDS) return headline
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  if (capitalised < MIN_CAPITALISED * words.length) return headline
  let first = true
  return headline.replace(CAPITALISED, (word, offset: number) => {
    // The first word opens the sentence: the tagger scores it as it is.
    const opening = first || offset === 0
    first = false
    if (opening) return word
    const lower = word.toLowerCase()
    if (lower.length !== word.length) return word
    return LINKING_WORDS.has(lower) || reportingClass(stemWord(lower)) !== undefined ? lower : word
  })
}
