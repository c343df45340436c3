import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import { givenNameGender } from '../given-names.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import type { Sides } from './stance-sides.ts'
import { RELATIVES } from './stance-words.ts'

// Possessives that stand before what someone did, said or is: "welcomed *his* apology", "attacked *their* plans".
const POSSESSIVE_GENDER: Readonly<Record<string, 'male' | 'female' | 'plural'>> = {
  his: 'male',
  her: 'female',
  their: 'plural',
}

// Pronouns and honorifics that tell a person's gender where a possessive's antecedent is looked for.
const GENDER_WORDS: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  mr: 'male',
  sir: 'male',
  lord: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  lady: 'female',
  baroness: 'female',
  dame: 'female',
}

// People one has by office or by side, beyond the relatives of stance-words: "praised his chancellor", "urged
// their members". A possessive before them leaves the stance's target to a guess.
const PEOPLE =
  /^(?:chancellor|ministers?|secretar(?:y|ies)|cabinet|party|government|team|members?|mps|backbenchers?|troops|men|women|officers?|players?|children|voters|audience|followers|partners?)$/i

/** Whether a lower-cased word is a possessive before what someone did or is: "his", "her", "their". */
export function isPossessive(lower: string): boolean {
  return lower in POSSESSIVE_GENDER
}

/**
 * The actor a possessive after a stance verb stands for where the verb judges another's act, not the speaker's
 * own ("Vale welcomed *his* apology", "Reed attacked *their* plans"): the nearest actor before it, in its sentence
 * or the two before, who is not on the speaker's side, by name or by a pronoun the coreference linked — a person of
 * the possessive's gender for "his" and "her", a party, group or country for "their". None before someone the
 * possessor has ("praised *his* chancellor", "attacked *her* opponent"), nor where the speaker is named last before
 * it other than as the verb's subject.
 * @example boundPossessor(parsed, anchors, welcomed, his, sides) // Reed's anchor, at "his", form 'pronoun'
 */
export function boundPossessor(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  verb: Token,
  token: Token,
  sides: Sides,
): Anchor | undefined {
  const wanted = POSSESSIVE_GENDER[token.text.toLowerCase()]
  if (wanted === undefined || sides.speaker === '') return undefined
  const { tokens, sentences } = parsed
  let t = countStartingBefore(tokens, token.end)
  while (t < tokens.length && /^["'\u201c\u2018]$/.test((tokens[t] as Token).text)) t++
  const possessed = tokens[t]?.text ?? ''
  if (!/^\p{Ll}/u.test(possessed) || RELATIVES.test(possessed) || PEOPLE.test(possessed)) return undefined
  const at = countStartingBefore(sentences, token.start + 1) - 1
  const from = sentences[Math.max(0, at - 2)]?.start ?? 0
  const before = anchorsWithin(anchors, from, token.start)
  // "Reed insisted Vale would stay, and praised *his* handling": the speaker named last, other than as the verb's
  // subject, is whom "his" stands for most often.
  const last = before.findLast((other) => other.kind === 'person')
  if (wanted !== 'plural' && last && sides.own.has(last.actor) && !subjectOf(parsed, last, verb))
    return undefined
  const antecedent = before.findLast(
    (other) =>
      other.actor !== sides.speaker &&
      !sides.own.has(other.actor) &&
      (other.form === 'name' || other.form === 'pronoun') &&
      (wanted === 'plural'
        ? other.form === 'name' && other.kind !== 'person' && other.kind !== 'location'
        : other.kind === 'person' && genderOf(parsed, other) !== opposite(wanted)),
  )
  return antecedent && { ...antecedent, start: token.start, end: token.end, form: 'pronoun' }
}

// Words that may stand between a verb and its subject: "Vale *also* welcomed", "Vale *has* welcomed".
const BETWEEN_SUBJECT = /^(?:also|has|have|had|later|then|again|yesterday|today|earlier|,)$/

/** Whether an anchor is the subject right before a verb, past auxiliaries and adverbs: "Vale has also welcomed". */
function subjectOf(parsed: ParsedArticle, anchor: Anchor, verb: Token): boolean {
  const { tokens } = parsed
  for (let k = countStartingBefore(tokens, verb.start) - 1; k >= 0; k--) {
    const word = tokens[k] as Token
    if (word.end <= anchor.end) return true
    if (!BETWEEN_SUBJECT.test(word.text.toLowerCase())) return false
  }
  return false
}

function opposite(gender: 'male' | 'female'): 'male' | 'female' {
  return gender === 'male' ? 'female' : 'male'
}

/** A person's gender as the words at an anchor tell it: the pronoun itself, an honorific, a given name. */
function genderOf(parsed: ParsedArticle, anchor: Anchor): 'male' | 'female' | undefined {
  const text = parsed.view.slice(anchor.start, anchor.end)
  const first = (/^[\p{L}]+/u.exec(text)?.[0] ?? '').toLowerCase()
  const before = parsed.tokens[countStartingBefore(parsed.tokens, anchor.start) - 1]?.text.toLowerCase() ?? ''
  return GENDER_WORDS[first] ?? GENDER_WORDS[before] ?? givenNameGender(first)
}
