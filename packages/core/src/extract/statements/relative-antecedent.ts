import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'

/** Words that open the noun phrase a relative pronoun stands for, and belong to it: "the firm", "an REM spokesman". */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an its his her their our one another'.split(' '),
)

// Words that end the walk back before they are reached: the phrase lies after a preposition, a verb of the clause
// before, a conjunction or a pronoun ("denied by UKIP spokesman, who said").
const BEFORE_PHRASE = new Set(
  'by to from with for of in on at as about them him us me against among between into through over under after before than and or but nor so yet was were is are be been being has have had said says told who which whose that this these those it he she they we i you'.split(
    ' ',
  ),
)

// Prepositions after which the phrase only qualifies a noun before it ("the daughter of ex-King Ivo of Vale, who
// said", "the Police Federation of England and Wales, which said"): that noun, out of reach, is whom the pronoun
// stands for.
const OF_NOUN = new Set(['of', 'in', 'at', 'from', 'for', 'on'])

/** The noun phrase before a relative pronoun, and whether it only qualifies a noun before it. */
export type RelativePhrase = { span: Span; qualifies: boolean }

// How many words the phrase may hold: "net analyst Vexco", "the Tory leader".
const PHRASE_REACH = 5

/**
 * The noun phrase a relative pronoun at `at` stands for when no name ends before it: "The firm, which …",
 * "an REM spokesman, who added …", "denied by UKIP spokesman, who said". The phrase opens at a determiner or after a
 * preposition, verb, conjunction or punctuation, within five words; none when a word before the pronoun is not a
 * word (a figure, a bracket, a quote).
 * @example phraseBeforeRelative(parsed, at) // the span of "The Tory leader" in "The Tory leader, who argues …, said"
 */
export function phraseBeforeRelative(parsed: ParsedArticle, at: number): RelativePhrase | undefined {
  const { tokens } = parsed
  let p = countStartingBefore(tokens, at) - 1
  if (tokens[p]?.text === ',') p--
  const last = tokens[p]
  if (!last || !/^\p{L}[\p{L}'\u2019-]*$/u.test(last.text) || BEFORE_PHRASE.has(last.text.toLowerCase()))
    return undefined
  let first = p
  for (let i = p; i >= 0 && p - i < PHRASE_REACH; i--) {
    const token = tokens[i] as { start: number; text: string }
    const lower = token.text.toLowerCase()
    if (!/^\p{L}[\p{L}.'\u2019-]*$/u.test(token.text) || BEFORE_PHRASE.has(lower)) break
    first = i
    if (DETERMINERS.has(lower)) break
  }
  return {
    span: { start: (tokens[first] as { start: number }).start, end: last.end },
    qualifies: afterOf(tokens, first),
  }
}

/** Whether "of" or "in" comes right before token `first`, or before names joined to it ("of England and Wales"). */
function afterOf(tokens: readonly { text: string }[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= 4; i--) {
    const word = tokens[i]?.text ?? ''
    if (OF_NOUN.has(word.toLowerCase())) return true
    if (word !== 'and' && !/^\p{Lu}/u.test(word)) return false
  }
  return false
}
