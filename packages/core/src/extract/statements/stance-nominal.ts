import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Polarity, Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { guessPos } from './pos.ts'
import { NEGATORS } from './stance-lexicon.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { anchorStartingAt, tokensWithin } from './stance-words.ts'

// Nouns of a stance and the word that brings in its object: "criticism of Y", "an attack on Y", "support for Y",
// "calls on Y to". Closed: the nouns of the stance verbs the cue stage reads, in news English.
const NOUNS: ReadonlyMap<string, { preposition: string; polarity: Exclude<Polarity, 'neutral'> }> = new Map([
  ['criticism', { preposition: 'of', polarity: 'oppose' }],
  ['criticisms', { preposition: 'of', polarity: 'oppose' }],
  ['condemnation', { preposition: 'of', polarity: 'oppose' }],
  ['opposition', { preposition: 'to', polarity: 'oppose' }],
  ['attack', { preposition: 'on', polarity: 'oppose' }],
  ['attacks', { preposition: 'on', polarity: 'oppose' }],
  ['support', { preposition: 'for', polarity: 'support' }],
  ['praise', { preposition: 'for', polarity: 'support' }],
  ['backing', { preposition: 'for', polarity: 'support' }],
  ['call', { preposition: 'on', polarity: 'demand' }],
  ['calls', { preposition: 'on', polarity: 'demand' }],
])

// The speaker's own possessive in their own words: "my criticism of Y", "our support for Y".
const FIRST_PERSON = new Set(['my', 'our'])
// A possessive that is the speaker's when it stands in the cue ("repeated her criticism of Y") or when the actors
// stage linked it to the speaker ("said his attack on Y was fair").
const THIRD_PERSON = new Set(['his', 'her', 'their', 'its'])

// Verbs that voice a stance noun as the speaker's own when they stand in the cue without a possessive: "voiced
// criticism of Y", "expressed support for Y", "renewed calls on Y to"; not "cited criticism of Y", someone else's.
const VOICING =
  /^(?:voiced|voices|voicing|expressed|expresses|expressing|repeated|repeats|renewed|renews|reiterated|levelled|leveled)$/

// Words between the possessive and the noun: "our continued support for", "my strong criticism of".
const BETWEEN_REACH = 2

// Verbs that take the stance back or away, before the possessive: "withdrew her support for Y", "dropped his
// call on Y to"; the stance is then no longer held, and none is read.
const TAKEN_BACK =
  /^(?:withdr[ae]w\w*|withh[oe]ld\w*|drop\w*|lost|los(?:e|es|ing)|end(?:s|ed|ing)?|retract\w*)$/

// Tags of the words that may stand between the possessive and the noun: adjectives, adverbs, participles.
const MODIFIER_TAGS = new Set(['J', 'R', 'VD', 'VN', 'VG'])

// How far before the possessive a denial reaches: "will never give our support", "did not voice my criticism".
const DENIAL_REACH = 3

/** Whether a negator stands a few words before the possessive at `owner`, in the same clause. */
function deniedBefore(lower: readonly string[], owner: number): boolean {
  for (let k = owner - 1; k >= Math.max(0, owner - DENIAL_REACH); k--) {
    const word = lower[k] as string
    if (NEGATORS.has(word)) return true
    if (!/^[a-z']+$/.test(word)) return false
  }
  return false
}

// Words that make the call on Y a call to act: "calls on Y to", only with "to" after Y.
const CALL_NOUNS = new Set(['call', 'calls'])

/**
 * The stance the speaker takes as a noun of their own: "my criticism of Y", "our support for Y", "renewed his calls
 * on Y to resign". The noun's owner must be the speaker (a first-person possessive, a possessive in the cue, or one
 * the actors stage linked to the speaker): "the report's criticism of Y" is someone else's act the speaker reports.
 * @example nominalStance(parsed, statement, anchors, sides) // { target: 'organization:labour-party', polarity: 'oppose', … }
 */
export function nominalStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { cue, content } = statement
  // The cue counts when it comes first: "voiced her support for Y" holds the noun and its object.
  const start = cue && cue.start < content.start ? cue.start : content.start
  const tokens = tokensWithin(parsed.tokens, start, content.end)
  const lower = tokens.map((token) => token.text.toLowerCase())
  const within = anchorsWithin(anchors, start, content.end)
  for (let i = 1; i < tokens.length - 2; i++) {
    const noun = NOUNS.get(lower[i] as string)
    if (!noun || lower[i + 1] !== noun.preposition) continue
    const owner = ownerBefore(tokens, lower, i, within, sides, cue?.end ?? -1)
    if (owner === undefined || TAKEN_BACK.test(lower[owner - 1] ?? '') || deniedBefore(lower, owner)) continue
    const at = lower[i + 2] === 'the' ? i + 3 : i + 2
    const token = tokens[at]
    const target = token && anchorStartingAt(within, token)
    if (!target || !canTarget(target, noun.polarity, sides)) continue
    const after = tokens.findIndex((next) => next.start >= target.end)
    if (CALL_NOUNS.has(lower[i] as string) && lower[after] !== 'to') continue
    const first = tokens[owner] as Token
    return { target: target.actor, polarity: noun.polarity, evidence: { start: first.start, end: token.end } }
  }
  return undefined
}

/** The index of the speaker's possessive a few words before the noun at i, if there is one. */
function ownerBefore(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  within: readonly Anchor[],
  sides: Sides,
  cueEnd: number,
): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 1 - BETWEEN_REACH); k--) {
    const word = lower[k] as string
    const token = tokens[k] as Token
    if (FIRST_PERSON.has(word)) return k
    // "voiced strong criticism of Y", "repeated calls on Y to": the cue's verb gives the noun as the speaker's own.
    if (VOICING.test(word) && token.end <= cueEnd) return k
    if (THIRD_PERSON.has(word)) {
      const linked = anchorStartingAt(within, token)
      if (token.end <= cueEnd || linked?.actor === sides.speaker) return k
      return undefined
    }
    // Only adjectives and adverbs between (participles count: "our continued support"): a noun or a verb ends the
    // search ("the report's criticism of").
    if (!/^[a-z]+$/.test(word) || !MODIFIER_TAGS.has(guessPos(token.text, word, false))) return undefined
  }
  return undefined
}
