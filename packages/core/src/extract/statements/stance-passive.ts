import type { Token } from '../../parse/document.ts'

// Participles that do not end in -ed: "be held back", "be put", "be sent home", "have taken", "have known". A list,
// not "-en"/"-wn", which "seven", "fifteen", "often", "women" and "been" end in too ("should have been the winner",
// "should have seven seats" reproach no one).
const IRREGULAR_PARTICIPLES = new Set(
  'held built brought bought caught taught thought sent spent lent meant left kept put set cut hit let shut done run won lost made paid told sold found struck hung stuck led fed met heard taken given written spoken chosen driven broken stolen forgotten beaten eaten fallen shaken hidden risen proven sworn torn worn shown known grown thrown drawn withdrawn overthrown undertaken forbidden forgiven gone seen'.split(
    ' ',
  ),
)

/** Whether a word is a past participle: a regular "-ed" ("resigned", "criticised") or a listed irregular one. */
export function isParticiple(word: string): boolean {
  return /^[a-z]{2,}ed$/.test(word) || IRREGULAR_PARTICIPLES.has(word)
}

/** Whether a passive starts at token k, past a "not": "be criticised", "not be given", "be held back". */
export function passiveAt(lower: readonly string[], k: number): boolean {
  const at = lower[k] === 'not' ? k + 1 : k
  return lower[at] === 'be' && isParticiple(lower[at + 1] ?? '')
}

// Participles that, after "to be", say how the one urged should be, as an adjective would: "urged Y to be prepared
// to talk", "called on Y to be more involved". Y still has to act.
const STATE_PARTICIPLES = new Set(
  'prepared committed involved engaged united determined concerned interested informed measured guided'.split(
    ' ',
  ),
)

// Words that may stand between a demand's object and its "to": more names joined to it ("called for Y, Z and W to
// be freed"), never a verb.
const JOINED = /^(?:and|,|\p{Lu}[\p{L}'’.-]{0,30})$/u

/** How many words may join more names to a demand's object before its "to". */
const JOINED_REACH = 6

/**
 * Whether a demand's object, ending before token k, is followed by "to be" and a participle: in "called for Y to be
 * released", "urged that Y and Z be given a hearing" Y is the one something is to be done to, and the demand is made
 * of whoever would do it, not of Y. "urged Y to resign", "urged Y to be careful" and "to be prepared to" still demand
 * of Y.
 * @example demandIsPassive(['for', 'Y', 'to', 'be', 'freed'].map(…), 2) // true
 */
export function demandIsPassive(tokens: readonly Token[], k: number): boolean {
  let j = k
  while (j < k + JOINED_REACH && JOINED.test(tokens[j]?.text ?? '')) j++
  const lower = (at: number) => tokens[at]?.text.toLowerCase() ?? ''
  if (lower(j) !== 'to') return false
  const words = [lower(j + 1), lower(j + 2), lower(j + 3)]
  const participle = words[0] === 'not' ? words[2] : words[1]
  return passiveAt(words, 0) && !STATE_PARTICIPLES.has(participle ?? '')
}
