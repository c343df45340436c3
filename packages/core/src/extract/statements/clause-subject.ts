import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { guessPos } from './pos.ts'

// Verbs whose object does what the participle after it says: "The film showed Ann Vale telling …".
const DEPICTING =
  /^(?:show|shows|showed|shown|see|sees|saw|seen|hear|hears|heard|quote|quotes|quoted|film|filmed|picture|pictured|catch|caught|record|recorded|feature|features|featured|depict|depicts|depicted|watch|watched|find|finds|found|leave|left|have|has|had)$/i
// Words that open a clause of its own after the verb, whose subject is the name that follows: "comes after Ann Vale
// warned", "agreed as Ann Vale said".
const CLAUSE_OPENERS =
  /^(?:after|as|while|when|whereas|because|since|before|until|if|that|who|which|whom|whose|where|but|and|or)$/i
// Prepositions whose object may be the subject of the participle after it: "with Ann Vale saying".
const GERUND_SUBJECT_BEFORE = /^(?:with|without|despite|amid)$/i
// The words of a subject: determiners, adjectives, nouns, names, numbers, a possessive, a subject pronoun first.
const SUBJECT_TAGS = new Set(['D', 'J', 'N', 'P', 'NUM', 'S'])
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we)$/i
// A past participle after a subject is its verb more often than a reduced relative: "The panel held talks …".
const FINITE_TAGS = new Set(['V', 'VD', 'VN'])
const ADVERB_TAGS = new Set(['R'])

/**
 * The subject of a clause that a source ran into, when the cue continues that clause and not its object: in "The
 * summit congratulated Ann Vale and stressed that …", "He praised Mr Lee, saying …", "Ms Hale e-mailed Mr Ode
 * pointing out …" the source found runs on to the verb's object, and the one who stressed, said or pointed out is
 * the clause's subject ("The summit", "He", "Ms Hale"). Undefined when the source is no such clause, when the verb
 * depicts its object doing the saying ("The film showed Ann Vale saying …"), or when the name after the verb opens a
 * clause of its own ("The move came after Ann Vale said", "with Ann Vale saying").
 * @example clauseSubject(parsed, anchors, source, cue) // { start: 0, end: 11 } for "The summit"
 */
export function clauseSubject(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  source: Span,
  cue: Span,
): Span | undefined {
  if (source.end > cue.start) return undefined
  const { tokens } = parsed
  const first = countStartingBefore(tokens, source.start)
  const last = countStartingBefore(tokens, source.end)
  const cueToken = tokens[countStartingBefore(tokens, cue.start)]
  if (!cueToken || !continuesClause(parsed, source, cueToken)) return undefined
  const verb = finiteVerbAfterSubject(parsed, first, last)
  if (verb === undefined) return undefined
  const verbToken = tokens[verb] as Token
  if (DEPICTING.test(verbToken.text)) return undefined
  const objects = anchorsWithin(anchors, verbToken.end, source.end)
  const named = objects.at(-1)
  if (!named) return undefined
  // "…, with the Alliance saying", "despite Ann Vale's allies saying": the name is the participle's own subject.
  let b = countStartingBefore(tokens, named.start) - 1
  for (let k = 0; k < 4 && b > verb && /^(?:D|J|N|P)$/.test(posOf(tokens[b] as Token)); k++) b--
  const between = parsed.view.slice(named.end, cue.start)
  if (GERUND_SUBJECT_BEFORE.test(tokens[b]?.text ?? '') && !between.includes(',')) return undefined
  for (let t = verb + 1; t < last; t++) {
    if (CLAUSE_OPENERS.test((tokens[t] as Token).text)) return undefined
  }
  const subjectEnd = lastSubjectWord(tokens, first, verb)
  return { start: source.start, end: subjectEnd }
}

/**
 * Whether the cue goes on from the clause that ends at the source: a participle straight after it or after a comma
 * ("praised Mr Lee, saying"), or a verb after "and" or "but" ("… and stressed"), adverbs allowed between.
 */
function continuesClause(parsed: ParsedArticle, source: Span, cueToken: Token): boolean {
  const { tokens, view } = parsed
  let t = countStartingBefore(tokens, cueToken.start) - 1
  while (t >= 0 && ADVERB_TAGS.has(posOf(tokens[t] as Token))) t--
  const joint = tokens[t]
  if (!joint || joint.start < source.end) {
    // Nothing between the source and the cue: only a participle continues the clause.
    return /^\p{Ll}+ing$/u.test(cueToken.text) && view.slice(source.end, cueToken.start).trim() === ''
  }
  if (/[.;:!?"]/.test(view.slice(source.end, joint.start))) return false
  if (/^\p{Ll}+ing$/u.test(cueToken.text)) return /^(?:,|and)$/i.test(joint.text)
  return /^(?:and|but)$/i.test(joint.text)
}

/** The index of the finite verb that follows a subject opening the tokens first…last, adverbs allowed between. */
function finiteVerbAfterSubject(parsed: ParsedArticle, first: number, last: number): number | undefined {
  const { tokens } = parsed
  let t = first
  const opener = tokens[t]
  if (opener && SUBJECT_PRONOUN.test(opener.text)) t++
  else {
    while (t < last && t - first < 8 && SUBJECT_TAGS.has(posOf(tokens[t] as Token))) t++
    // A subject ends with a noun or a name, never a determiner or a possessive.
    if (t === first || !/^(?:N|P|NUM)$/.test(posOf(tokens[t - 1] as Token))) return undefined
  }
  while (t < last && ADVERB_TAGS.has(posOf(tokens[t] as Token))) t++
  const verb = tokens[t]
  return verb && t < last && FINITE_TAGS.has(posOf(verb)) ? t : undefined
}

/** The end offset of the subject's last word before the verb at `verb`, adverbs left out. */
function lastSubjectWord(tokens: readonly Token[], first: number, verb: number): number {
  let t = verb - 1
  while (t > first && ADVERB_TAGS.has(posOf(tokens[t] as Token))) t--
  return (tokens[t] as Token).end
}

/** A token's coarse part of speech, capitals read as a name. */
function posOf(token: Token): string {
  return guessPos(token.text, token.text.toLowerCase(), false)
}
