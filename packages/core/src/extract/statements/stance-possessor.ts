import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import { givenNameGender } from '../given-names.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import type { Sides } from './stance-sides.ts'

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

// What someone did, said or showed, that a stance verb judges in another: "welcomed his *apology*", "attacked their
// *policies*". Not things ("slammed his *racket*"), nor people one has ("praised his *chancellor*").
const ACTS =
  /^(?:apolog(?:y|ies)|return|release|resignation|handling|approach|polic(?:y|ies)|plans?|proposals?|costings?|remarks?|comments?|words|statements?|decisions?|record|leadership|conduct|behaviou?r|stance|views?|position|speech(?:es)?|budget|campaign|efforts?|work|role|courage|honesty|integrity|performance|response|reforms?|claims?|actions?|achievements?|success(?:es)?|failures?|majority|victory|commitment|contribution|management|vision|ideas?|promises?|pledges?|tactics|strategy|judge?ment|attitude|ambitions?)$/i

// Words that end the phrase a possessive opens before its head: "his racket *onto* the ground".
const PHRASE_ENDS = /^(?:of|on|onto|in|into|at|to|for|with|by|from|over|and|or|as|but|that|,|\.|;|:)$/

/** How many words a possessive's phrase may hold before its head: his "very decisive" eight to one majority. */
const MOST_BEFORE_HEAD = 8

/** Whether a word names what someone did, said or showed: "apology", "plans", "Budget". */
export function isActNoun(word: string): boolean {
  return ACTS.test(word)
}

/** Whether a lower-cased word is a possessive before what someone did or is: "his", "her", "their". */
export function isPossessive(lower: string): boolean {
  return lower in POSSESSIVE_GENDER
}

/**
 * The actor a possessive after a stance verb stands for where the verb judges another's act, not the speaker's
 * own ("Vale welcomed *his* apology", "Reed attacked *their* plans"): the nearest actor before it, in its sentence
 * or the two before, who is not on the speaker's side, by name or by a pronoun the coreference linked — a person of
 * the possessive's gender for "his" and "her", a party, group or country for "their". Only before a word for an
 * act ("his apology", not "his chancellor" nor "his racket"), and not where the speaker is named last before it
 * other than as the verb's subject.
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
  if (!opensAct(tokens, countStartingBefore(tokens, token.end))) return undefined
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

/** Whether the phrase from token `t` reaches a word for an act before it ends: "'gracious' apology", "plans". */
function opensAct(tokens: readonly Token[], t: number): boolean {
  for (let k = t; k < Math.min(tokens.length, t + MOST_BEFORE_HEAD); k++) {
    const text = (tokens[k] as Token).text
    if (ACTS.test(text)) return true
    if (PHRASE_ENDS.test(text.toLowerCase())) return false
  }
  return false
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
