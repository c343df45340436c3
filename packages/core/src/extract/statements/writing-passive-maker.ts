import type { Token } from '../../parse/document.ts'
import { guessPos } from './pos.ts'
import { VERB_POS } from './verb-pos.ts'

// The forms of "be" that make a passive of the writing: "The study … was carried out by …".
const BE = /^(?:was|were|is|are|has been|have been|had been)$/i
// Participles of making a writing, when its maker follows "by": "conducted by", "carried out by".
const MADE =
  /^(?:carried|conducted|commissioned|published|released|produced|compiled|prepared|written|issued|undertaken|authored|run)$/i
// Words between "be" and the participle: "was also carried out", "was jointly run".
const ADVERB = /^(?:also|jointly|originally|first)$/i
// Words that open another clause inside the writing's phrase: past them the "be" is not the writing's. A comma or an
// "and" of a list of places may ("The review of schools in Ayr, Troon and Largs was written by …").
const CLAUSE = /^(?:that|which|who|whom|whose|where|when|while|but|[;:()"]|\.|!|\?)$/i
// How many tokens the writing's phrase may take before its verb: "The study of drivers in four northern towns".
const PHRASE_REACH = 16

/**
 * The token index of the "by" that names the maker of the writing at token `noun` when the writing is the subject of
 * a passive of making ("The review of bus fares in six valleys was compiled by the think tank Tollmark"): such a
 * sentence names who made a writing that an earlier or later "the study says" speaks for, however long the writing's
 * own phrase. Undefined when another clause or a verb comes first, or the verb is not one of making.
 * @example passiveMakerBy(tokens, noun) // the index of "by" in "The report was written by Ann Vale"
 */
export function passiveMakerBy(tokens: readonly Token[], noun: number): number | undefined {
  for (let t = noun + 1; t < tokens.length && t - noun <= PHRASE_REACH; t++) {
    const word = (tokens[t] as Token).text
    const two = `${word} ${tokens[t + 1]?.text ?? ''}`
    const be = BE.test(word) ? 1 : BE.test(two) ? 2 : 0
    if (be === 0) {
      if (CLAUSE.test(word) || VERB_POS.has(guessPos(word, word.toLowerCase(), false))) return undefined
      continue
    }
    let k = t + be
    if (ADVERB.test(tokens[k]?.text ?? '')) k++
    if (!MADE.test(tokens[k]?.text ?? '')) return undefined
    k++
    if (/^out$/i.test(tokens[k]?.text ?? '')) k++
    return /^by$/i.test(tokens[k]?.text ?? '') ? k : undefined
  }
  return undefined
}
