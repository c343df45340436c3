import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'

// Third-person pronouns that can open a reported clause as its subject or its subject's possessor: "he had
// betrayed", "their plans would fail". Not "it" (as often an act or a thing as an actor), nor "we", "I", "you".
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'his', 'her', 'their'])
// Words a content may open with before its subject: "that he …", a quote mark.
const OPENERS = new Set(['that', '"', "'", '\u201c', '\u2018'])

/**
 * Whether an anchor is a pronoun that opens a content as its clause's subject (or the subject's possessor): "[that]
 * *he* had let the country down", "*their* plans would fail". The coreference that linked it to an actor is
 * surest there, as it is for a verb's object.
 * @example opensAsSubject(parsed, { form: 'pronoun', … }, content) // true for "he" in "he had misled voters"
 */
export function opensAsSubject(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  anchor: Anchor,
  content: Span,
): boolean {
  if (anchor.form !== 'pronoun') return false
  const { tokens } = parsed
  let k = countStartingBefore(tokens, content.start)
  while (k < tokens.length && OPENERS.has((tokens[k] as Token).text.toLowerCase())) k++
  const opening = tokens[k]
  if (opening?.start !== anchor.start) return false
  const word = opening.text.toLowerCase()
  if (!SUBJECT_PRONOUNS.has(word)) return false
  return nearestBefore(parsed, anchors, anchor, PLURAL.has(word))?.actor === anchor.actor
}

const PLURAL = new Set(['they', 'their'])

/**
 * The actor named last before a pronoun, in its sentence or the one before: a person for "he" or "she", any actor
 * but a place for "they". The coreference must agree with it, or the pronoun is left alone ("X said *he* …" is X
 * more often than the one a resolver guessed).
 */
function nearestBefore(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  pronoun: Anchor,
  plural: boolean,
): Anchor | undefined {
  const { sentences } = parsed
  const at = countStartingBefore(sentences, pronoun.start + 1) - 1
  const from = sentences[Math.max(0, at - 1)]?.start ?? 0
  return anchorsWithin(anchors, from, pronoun.start).findLast(
    (other) =>
      (other.form === 'name' || other.form === 'title') &&
      (plural ? other.kind !== 'location' : other.kind === 'person'),
  )
}
