import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { anchorStartingAt, contentWords, isNegated, isSpeakerSubject } from './stance-words.ts'

// Verbs of a need or wish that, with an object and "to", ask something of the object: "we need Y to", "I want Y to".
const WISHES = /^(?:need|needs|needed|want|wants|wanted)$/

// Words that may stand between the speaker's "I" or "we" and the wish: "I do want", "we now urgently need".
const BETWEEN = new Set(
  "do did really now also just still all simply urgently badly desperately would 'd".split(' '),
)

// Verbs after "to" that wish the object well or describe a plan rather than ask something of it: "I want Y to
// win", "we need Y to stay", "we want Y to be accessible", "I want Y to know".
const NOT_ASKED = new Set(
  'be win succeed stay remain continue prosper thrive recover survive flourish know understand enjoy'.split(
    ' ',
  ),
)

/** How many words an object may stand after the wish, past articles and titles: "we need the House of Lords to". */
const OBJECT_REACH = 4

/**
 * The demand a speaker makes as their own need or wish of another: "we need Y to set up an inquiry", "I do want
 * him to grasp those issues". The wish is the speaker's own ("I", "we", or a pronoun linked to them), its object a
 * named actor or an object pronoun, and what follows "to" asks something of it (not "I want Y to win").
 * @example wantStance(parsed, statement, anchors, sides) // { target: 'organization:house-of-lords', polarity: 'demand', … }
 */
export function wantStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { tokens, lower, inContent } = contentWords(parsed, statement, anchors)
  for (let i = 1; i < tokens.length; i++) {
    if (!WISHES.test(lower[i] as string) || isNegated(lower, i)) continue
    if (!spokenBySpeaker(tokens, lower, i, inContent, sides)) continue
    const target = objectAfter(tokens, lower, i, inContent)
    if (!target || !canTarget(target, 'demand', sides, true)) continue
    const to = tokens.findIndex((token) => token.start >= target.end)
    if (lower[to] !== 'to' || NOT_ASKED.has(lower[to + 1] ?? '') || lower[to + 1] === undefined) continue
    const wish = tokens[i] as Token
    return { target: target.actor, polarity: 'demand', evidence: { start: wish.start, end: wish.end } }
  }
  return undefined
}

/** Whether the wish at token i is the speaker's own: "I" or "we" before it, or a pronoun linked to the speaker. */
function spokenBySpeaker(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  inContent: readonly Anchor[],
  sides: Sides,
): boolean {
  let k = i - 1
  while (k > 0 && BETWEEN.has(lower[k] as string)) k--
  return isSpeakerSubject(tokens, lower, k, inContent, sides.speaker)
}

/** The actor right after the wish, past articles and capitalized titles, when nothing else stands between. */
function objectAfter(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  inContent: readonly Anchor[],
): Anchor | undefined {
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + OBJECT_REACH); k++) {
    const token = tokens[k] as Token
    const anchor = anchorStartingAt(inContent, token)
    if (anchor) return anchor
    if (lower[k] !== 'the' && !/^\p{Lu}/u.test(token.text)) return undefined
  }
  return undefined
}
