import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'

// Words that open a phrase set before a sentence's subject: a preposition ("After the vote,"), an adverb
// ("Formerly one of …,", "Speaking on Monday,", "Asked about it,") or a participle.
const FRONTING_WORD =
  /^(?:after|before|during|in|on|at|as|since|despite|following|with|without|under|like|unlike|once|formerly|earlier|later|meanwhile|still|now|then)$/
// An adverb or participle by its ending ("Formerly", "Speaking", "Asked"), unless a capital follows it: "Ted
// Kennedy", "United Nations" are names.
const FRONTING_FORM = /^\p{L}{2,}(?:ly|ing|ed)$/u
// How many tokens a fronted phrase may hold.
const FRONTED_REACH = 24

/**
 * Whether a name opens a sentence's main clause after a phrase set before it: "Formerly one of Mr Brown's closest
 * Treasury aides, Ed Balls hinted …", "Speaking to the BBC on Monday, Ann Vale said …". The names inside the
 * fronted phrase come first in the sentence without being its subject.
 * @example opensAfterFronted(parsed, sentence, anchor) // true for "Ed Balls" above
 */
export function opensAfterFronted(parsed: ParsedArticle, sentence: Sentence, name: Span): boolean {
  const { tokens } = parsed
  const first = tokens[sentence.firstToken] as Token | undefined
  if (!first || !isFronting(first.text, tokens[sentence.firstToken + 1]?.text ?? '')) return false
  const at = countStartingBefore(tokens, name.start)
  let previous = at - 1
  if (/^the$/i.test(tokens[previous]?.text ?? '')) previous--
  if (tokens[previous]?.text !== ',' || previous - sentence.firstToken > FRONTED_REACH) return false
  // The comma closes the first phrase: no comma nor quote before it in the sentence.
  for (let t = sentence.firstToken; t < previous; t++)
    if (/^[,;:"\u201c\u201d]$/.test((tokens[t] as Token).text)) return false
  return true
}

/** Whether a sentence's first word opens a fronted phrase, given the word after it. */
function isFronting(word: string, next: string): boolean {
  if (FRONTING_WORD.test(word.toLowerCase())) return true
  return FRONTING_FORM.test(word) && !/^\p{Lu}/u.test(next)
}
