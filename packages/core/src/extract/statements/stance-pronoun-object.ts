import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import type { Sides } from './stance-sides.ts'

// Object pronouns of a person: as a verb's object they never stand for the verb's own subject ("Vale accused
// *him*" is not Vale), whatever the coreference said.
const PERSON_OBJECTS = new Set(['him', 'her'])

/**
 * Whether a lower-cased word is a person's object pronoun: "him", "her".
 * @example isObjectPronoun('him') // true
 */
export function isObjectPronoun(lower: string): boolean {
  return PERSON_OBJECTS.has(lower)
}

/**
 * The actor a stance verb's object stands for. A person's object pronoun linked to the speaker's side, or to no
 * one, stands for the nearest person named before it in its sentence or the one before who is not on the speaker's
 * side ("Reed said he would stay. Vale accused *him* of lying" → Reed), passing over a mere possessor unless no
 * one else is named ("Reed said it clashed with Hale's forecast. Vale accused *him*" → Reed).
 * @example boundObject(parsed, anchors, him, undefined, sides) // Reed's anchor, at "him", form 'pronoun'
 */
export function boundObject(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  token: Token,
  anchor: Anchor | undefined,
  sides: Sides,
): Anchor | undefined {
  if (!PERSON_OBJECTS.has(token.text.toLowerCase()) || sides.speaker === '') return anchor
  // "defended her record": a possessive "her" is whoever the coreference says, most often the speaker herself.
  if (possessiveHer(parsed, token)) return anchor
  if (anchor && !sides.own.has(anchor.actor)) return anchor
  const { sentences } = parsed
  const at = countStartingBefore(sentences, token.start + 1) - 1
  const from = sentences[Math.max(0, at - 1)]?.start ?? 0
  const before = anchorsWithin(anchors, from, token.start)
  const people = before.filter(
    (other) => other.kind === 'person' && other.form === 'name' && !sides.own.has(other.actor),
  )
  // A name that only owns something ("Hale's forecast") yields to a person named before it in their own right.
  const antecedent = people.findLast((other) => !namesOwner(parsed.view, other.end)) ?? people.at(-1)
  return antecedent && { ...antecedent, start: token.start, end: token.end, form: 'pronoun' }
}

// A name's possessive ending: "Reed's plan", "Jones' plan".
const OWNER_ENDING = /^['\u2019](?:s\b|\s)/

/**
 * Whether the name ending at `end` is a possessor ("Reed's forecast"): the thing owned is what its clause is about,
 * so the name is a weaker antecedent for a later "him" or "her" than a person named as subject or object.
 */
function namesOwner(view: string, end: number): boolean {
  return OWNER_ENDING.test(view.slice(end, end + 3))
}

// Words after an object "her" that leave it an object: "urged her to", "accused her of", "told her that".
const AFTER_OBJECT =
  /^(?:to|of|for|that|and|or|but|over|on|in|at|after|as|with|about|by|from|not|into|when|because|if|before|again|last|this|the|a|an)$/

/** Whether a "her" is a possessive before its noun: "her record", "her own plans"; not "urged her to". */
export function possessiveHer(parsed: ParsedArticle, token: Token): boolean {
  if (token.text.toLowerCase() !== 'her') return false
  const next = parsed.tokens[countStartingBefore(parsed.tokens, token.end)]
  return next !== undefined && /^\p{Ll}+$/u.test(next.text) && !AFTER_OBJECT.test(next.text)
}
