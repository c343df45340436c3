import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { insideDeniedClaim } from './stance-denied-claim.ts'
import { judgingSign } from './stance-lexicon.ts'
import { namesOther } from './stance-modifier.ts'
import { opposeLean } from './stance-oppose-lean.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { sentenceAround, tokensWithin } from './stance-words.ts'

/**
 * How far the learned polarity must lean negative, over neutral and positive, for a rival party's words to oppose
 * without a judging word: only that it lean that way, as the judging-word path asks; the party on each side and the
 * target's place in the clause carry the rest.
 */
const LEAN = 0

// Words a clause may open with before its subject: "that Labour …", a quote mark, "but"; and an honorific the
// name's mention leaves out ("Mr Reed's budget", where the mention is "Reed").
const OPENERS = new Set([
  'that',
  'the',
  'but',
  'and',
  'a',
  'an',
  '"',
  "'",
  '\u201c',
  '\u2018',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
])

// Words before an actor that make it the agent of what the clause judges: "an attempt by the Tories", "let down by".
const AGENT_MARKERS = new Set(['by', 'under'])

// Forms of "be" that say a judgement of their subject: "Labour was right to", "the Tories are competent".
const BE = new Set(['is', 'was', 'are', 'were', "'s", 'be', 'been'])

// Words of a forecast about an election, which judge no one: "the Tories cannot win", "on course for defeat".
const FORECAST =
  /^(?:win|wins|won|winning|lose|loses|losing|defeat|defeated|defeats|poll|polls|seats?|majority|landslide)$/

/**
 * The opposition a party voices, itself or through a member, toward another party or its member that its words are
 * about, without a judging word the lexicon knows ("the Lib Dems' sums don't add up", "a scurrilous attempt by
 * the Tories"): the target opens the content as its subject or possessor, or follows "by" or "under" as agent; the
 * two belong to different parties the article shows (`parties`); the learned polarity toward the target leans to
 * negative; and the content is no election forecast. Praise is left to the judging words: a rival's praise is
 * irony as often as not.
 * @example rivalStance(parsed, statement, anchors, sides, parties) // { target: 'organization:labour-party', polarity: 'oppose' }
 */
export function rivalStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
  parties: ReadonlyMap<string, string>,
): Stance | undefined {
  const { content } = statement
  const own = parties.get(sides.speaker)
  if (own === undefined) return undefined
  const words = tokensWithin(parsed.tokens, content.start, content.end).map((token) =>
    token.text.toLowerCase(),
  )
  if (words.some((word) => FORECAST.test(word))) return undefined
  // "Labour was right to reject …", "the Tories are so competent": praise said of someone leaves it to the judging
  // words.
  if (words.some((word, k) => (word === 'right' || judgingSign(word) > 0) && praisedAt(words, k)))
    return undefined
  for (const anchor of anchorsWithin(anchors, content.start, content.end)) {
    if (anchor.form !== 'name' && anchor.form !== 'title') continue
    const theirs = parties.get(anchor.actor)
    if (theirs === undefined || theirs === own) continue
    if (!canTarget(anchor, 'oppose', sides) || namesOther(parsed, anchor)) continue
    if (!opensOrActs(parsed, anchor, content.start)) continue
    // "claims that Y took money were wrong": what the speaker denies of Y.
    if (insideDeniedClaim(parsed, [anchor])) continue
    const leaning = opposeLean(parsed, content, anchor)
    if (!leaning || leaning.lean <= LEAN) continue
    return { target: anchor.actor, polarity: 'oppose' }
  }
  return undefined
}

/** Whether the word at k is said of a subject by "be", past an adverb: "was right", "is so competent". */
function praisedAt(words: readonly string[], k: number): boolean {
  return (
    BE.has(words[k - 1] ?? '') ||
    (BE.has(words[k - 2] ?? '') && /ly$|^so$|^very$|^quite$/.test(words[k - 1] ?? ''))
  )
}

/**
 * Whether an actor opens its clause as subject or possessor ("Labour has lost", "Labour's pledges"), past
 * openers, or follows "by" or "under" as agent ("an attempt by the Tories").
 */
function opensOrActs(parsed: ParsedArticle, anchor: Anchor, contentStart: number): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, anchor.start)
  if (AGENT_MARKERS.has(tokens[at - 1]?.text.toLowerCase() ?? '')) return true
  const sentence = sentenceAround(parsed, anchor.start)
  const from = Math.max(contentStart, sentence?.start ?? contentStart)
  return tokensWithin(tokens, from, anchor.start).every((token) => OPENERS.has(token.text.toLowerCase()))
}
