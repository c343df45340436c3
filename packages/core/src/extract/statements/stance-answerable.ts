import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { badOutcomeAt, outcomeLessened } from './stance-lexicon.ts'
import { answerable } from './stance-link.ts'
import { namesOther } from './stance-modifier.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { isNegated, sentenceAround, tokensWithin } from './stance-words.ts'

/** How many tokens apart an answerable actor and the outcome it is held to may be. */
const NEAR_OUTCOME = 12

/**
 * The stance of a content that holds an actor answerable for a bad outcome in its sentence: "voters face
 * *higher taxes* under Labour", "if Labour is elected there will be a *tax increase*" oppose Labour; the outcome
 * is the evidence. Not a good one, judged over the outcome's clause ("lower taxes under Labour", "under Labour, debt
 * has been falling", "if Labour wins, it will tackle poverty").
 */
export function answerableStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { content } = statement
  for (const anchor of anchorsWithin(anchors, content.start, content.end)) {
    if (anchor.form !== 'name' && anchor.form !== 'title') continue
    if (anchor.kind === 'location' || !canTarget(anchor, 'oppose', sides)) continue
    if (namesOther(parsed, anchor)) continue
    const sentence = sentenceAround(parsed, anchor.start)
    if (!sentence) continue
    const tokens = tokensWithin(
      parsed.tokens,
      Math.max(sentence.start, content.start),
      Math.min(sentence.end, content.end),
    )
    const lower = tokens.map((token) => token.text.toLowerCase())
    const first = countStartingBefore(tokens, anchor.start)
    const end = countStartingBefore(tokens, anchor.end)
    if (!answerable(lower, first, end)) continue
    for (let k = Math.max(0, first - NEAR_OUTCOME); k < Math.min(tokens.length, end + NEAR_OUTCOME); k++) {
      if (k >= first && k < end) continue
      const length = badOutcomeAt(lower, k)
      if (length === 0 || isNegated(lower, k)) continue
      if (outcomeLessened(lower, k, length)) continue
      const evidence = { start: (tokens[k] as Token).start, end: (tokens[k + length - 1] as Token).end }
      return { target: anchor.actor, polarity: 'oppose', evidence }
    }
  }
  return undefined
}
