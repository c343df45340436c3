import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Sentence, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { NEGATORS } from './stance-lexicon.ts'

// Quotation marks, straight and curly, opening and closing: they may stand inside a judged phrase or between a
// subject and its quoted words ('Smith "should have known"').
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019'])

// Endings and next words of a stance word used as a noun: "criticism", "condemnation", "praise from".
export const NOUN_ENDING = /(?:ism|isms|ion|ions)$/i

// Adjectives that end in -ly, which judge what they stand before: "the *cowardly* minister", "a *costly* error".
const LY_ADJECTIVES: ReadonlySet<string> = new Set(
  'beastly cowardly costly deadly disorderly friendly ghastly lonely lovely manly miserly silly sickly slovenly surly ugly unfriendly ungodly unruly unseemly unsightly untimely worldly'.split(
    ' ',
  ),
)

/**
 * Whether a lower-case word is an adverb by its -ly ending ("thankfully", "urgently"), not an -ly adjective.
 * @example isLyAdverb('thankfully') // true
 * @example isLyAdverb('cowardly') // false
 */
export function isLyAdverb(word: string): boolean {
  return word.endsWith('ly') && !LY_ADJECTIVES.has(word)
}

// Nouns for a person someone has, who is not them: "her opponent", "Smith's aides".
export const RELATIVES =
  /^(?:opponents?|rivals?|challengers?|successors?|predecessors?|staff(?:ers?)?|aides?|advisers?|advisors?|subordinates?|officials?|employees?|supporters?|critics?|allies|ally|colleagues?|friends?|family|wife|husband|son|sons|daughters?|father|mother|brothers?|sisters?|lawyers?|attorneys?|spokes(?:man|woman|person)|deputy|deputies)$/i

/** Whether an actor owns the noun after it that names another person: "her opponent", "Smith's lawyer". */
export function ownsRelative(parsed: ParsedArticle, anchor: Span): boolean {
  const t = countStartingBefore(parsed.tokens, anchor.end)
  let next = parsed.tokens[t]
  if (next && /^['\u2019]s?$/.test(next.text)) next = parsed.tokens[t + 1]
  return next !== undefined && next.start - anchor.end < 4 && RELATIVES.test(next.text)
}

/** Whether a negator stands in the three words before token i: "does not support", "never praised". */
export function isNegated(lower: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(lower[k] as string)) return true
  return false
}

/** How many tokens may stand between a stance phrase and its object ("opposed the plan of"). */
export const NEAR_AFTER = 4
/** How many tokens a gerund clause after a stance phrase may hold before its actor. */
const NEAR_CLAUSE = 10

// Words that may stand between a stance phrase and the actor it is about: "attacks on the", "support for".
const BRIDGES = new Set(['the', 'a', 'an', 'on', 'upon', 'against', 'for', 'to', 'with', 'of'])

/**
 * Whether the tokens from index `from` up to offset `start` join a stance phrase to the actor after it: a few
 * articles, prepositions, capitalized titles and the head of an object the actor owns ("attack on President",
 * "the plan of"), not a clause of their own ("attacks in the city highlight the threat the").
 */
export function bridges(tokens: readonly Token[], from: number, start: number): boolean {
  // "opposed providing military bases in central Asia to the United States": a gerund opens the object clause,
  // whose beneficiary is the actor.
  const first = tokens[from]
  if (first && /^\p{Ll}+ing$/u.test(first.text))
    return countStartingBefore(tokens, start) - from <= NEAR_CLAUSE
  let k = from
  for (; k < tokens.length && (tokens[k] as Token).start < start; k++) {
    if (k - from >= NEAR_AFTER) return false
    const text = (tokens[k] as Token).text
    // The head of an object the actor owns: "opposed the plan of Norway", "the decision by Norway".
    const head = ['of', 'by'].includes(tokens[k + 1]?.text.toLowerCase() ?? '')
    if (!BRIDGES.has(text.toLowerCase()) && !/^\p{Lu}/u.test(text) && !head) return false
  }
  return true
}

/** How many tokens apart an actor and the judging word about it may be. */
export const NEAR = 10

/** How many tokens lie between two spans that do not overlap. */
export function tokensApart(parsed: ParsedArticle, a: Span, b: Span): number {
  const [first, second] = a.start < b.start ? [a, b] : [b, a]
  return countStartingBefore(parsed.tokens, second.start) - countStartingBefore(parsed.tokens, first.end)
}

/** The sentence that holds an offset, by binary search. */
export function sentenceAround(parsed: ParsedArticle, offset: number): Sentence | undefined {
  const sentence = parsed.sentences[countStartingBefore(parsed.sentences, offset + 1) - 1]
  return sentence && sentence.end > offset ? sentence : undefined
}

/** The tokens inside [start, end), by binary search. */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const low = countStartingBefore(tokens, start)
  let stop = low
  while (stop < tokens.length && (tokens[stop] as Token).end <= end) stop++
  return tokens.slice(low, stop)
}

/** The tokens of each part of a statement's content, in order ("…," she said, "…" has two parts). */
export function contentPartTokens(tokens: readonly Token[], statement: Statement): Token[] {
  const parts = statement.contentParts?.length ? statement.contentParts : [statement.content]
  return parts.flatMap((part) => tokensWithin(tokens, part.start, part.end))
}

/**
 * The anchors a stance may target once a stage has read words of the content as actors: the pronoun anchors
 * starting at `replaced` dropped, `added` put in, in text order; `read` holds the starts of `added`.
 * @example withReadAnchors(anchors, [itAsLabour], new Set([52])).read // Set { 52 }
 */
export function withReadAnchors(
  anchors: readonly Anchor[],
  added: readonly Anchor[],
  replaced: ReadonlySet<number> = new Set(),
): { anchors: readonly Anchor[]; read: ReadonlySet<number> } {
  const kept = anchors.filter((anchor) => !(anchor.form === 'pronoun' && replaced.has(anchor.start)))
  return {
    anchors: [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end),
    read: new Set(added.map((anchor) => anchor.start)),
  }
}

/**
 * What a stance stage reads of a statement's content: its tokens, their lower-cased texts, and the actors'
 * anchors that lie inside it.
 * @example const { tokens, lower, inContent } = contentWords(parsed, statement, anchors)
 */
export function contentWords(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
): { tokens: Token[]; lower: string[]; inContent: Anchor[] } {
  const { content } = statement
  const tokens = tokensWithin(parsed.tokens, content.start, content.end)
  const lower = tokens.map((token) => token.text.toLowerCase())
  return { tokens, lower, inContent: anchorsWithin(anchors, content.start, content.end) }
}

/**
 * Whether the word at k is the speaker as a subject: "I", "we", or a pronoun the actors stage linked to the speaker
 * ("I want Y to …", "she was confident Y would …" in her own statement).
 * @example isSpeakerSubject(tokens, lower, 0, inContent, 'person:ann-pell') // true for "I"
 */
export function isSpeakerSubject(
  tokens: readonly Token[],
  lower: readonly string[],
  k: number,
  inContent: readonly Anchor[],
  speaker: string,
): boolean {
  const subject = lower[k]
  if (subject === 'i' || subject === 'we') return true
  const token = tokens[k]
  return (
    token !== undefined &&
    inContent.some(
      (anchor) => anchor.start === token.start && anchor.form === 'pronoun' && anchor.actor === speaker,
    )
  )
}

/** The anchor that starts at a token, if any (anchors sorted by start). */
export function anchorStartingAt(inContent: readonly Anchor[], token: Token): Anchor | undefined {
  const anchor = inContent[countStartingBefore(inContent, token.start)]
  return anchor?.start === token.start ? anchor : undefined
}
