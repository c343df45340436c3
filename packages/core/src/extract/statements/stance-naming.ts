import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { actsAsState } from './stance-demonym.ts'
import { accuses, judgingSign } from './stance-lexicon.ts'
import { partOfName } from './stance-name-part.ts'
import { boundObject, isObjectPronoun } from './stance-pronoun-object.ts'
import { canTarget, isRival, type Sides } from './stance-sides.ts'
import { isNegated, NOUN_ENDING, ownsRelative, tokensWithin } from './stance-words.ts'

// Verbs that name their object something: "called Y a disgrace", "branded Y's plans a con", "described Y as",
// "called him a liar".
const NAMING = /^(?:call|brand|dub|label|describ|term)/

const CLAUSE_BREAKS = new Set(['who', 'which', 'that', 'after', 'because', 'when', 'but', 'for', 'over'])

/** How many tokens after a named object the judging word may stand: "called Y's plans an absolute disgrace". */
const NEAR_NAME = 6

/**
 * The stance of a naming verb toward its object, by the judging word it names it with: "called Y a disgrace"
 * opposes, "branded Y liars" blames, "described Y as brilliant" supports (not a rival, whose praise in quote marks
 * is irony and opposes).
 */
export function namingStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { cue, content } = statement
  if (!cue) return undefined
  const { tokens } = parsed
  const cueTokens = tokensWithin(tokens, cue.start, cue.end)
  const verb = cueTokens.findLast((token) => NAMING.test(token.text.toLowerCase()))
  if (!verb || NOUN_ENDING.test(verb.text)) return undefined
  // The object opens the content, past an article and a title: "called [the] Y …", "described [Governor] Y as".
  const words = tokensWithin(tokens, content.start, content.end)
  const found = anchorsWithin(anchors, Math.max(0, content.start - 40), content.start + 40).find(
    (anchor) => anchor.end > content.start,
  )
  const pronoun = words[0] !== undefined && isObjectPronoun(words[0].text.toLowerCase())
  // "called *him* a disgrace": an object pronoun opening the content stands for the person boundObject finds.
  const object = pronoun
    ? boundObject(
        parsed,
        anchors,
        words[0] as Token,
        found?.start === words[0]?.start ? found : undefined,
        sides,
      )
    : found
  // A demonym for a state that acts names it too: "called the Russian strikes a violation".
  const named =
    object && (object.form === 'name' || object.form === 'title' || pronoun || actsAsState(parsed, object))
  if (!object || !named || ownsRelative(parsed, object)) return undefined
  const before = words.filter((token) => token.start < object.start)
  if (before.some((token) => token.text.toLowerCase() !== 'the' && !/^\p{Lu}/u.test(token.text)))
    return undefined
  const after = countStartingBefore(words, object.end)
  for (let k = after; k < Math.min(words.length, after + NEAR_NAME); k++) {
    const word = (words[k] as Token).text.toLowerCase()
    // "described Y as a friend who was unfairly attacked": a clause of its own says the rest.
    if (CLAUSE_BREAKS.has(word)) return undefined
    const sign = judgingSign(word)
    if (
      sign === 0 ||
      isNegated(
        words.map((token) => token.text.toLowerCase()),
        k,
      )
    )
      continue
    const token = words[k] as Token
    if (partOfName(parsed, anchors, token)) continue
    const polarity = sign < 0 ? (accuses(word) ? 'blame' : 'oppose') : 'support'
    if (!canTarget(object, polarity, sides, true)) return undefined
    const evidence = { start: token.start, end: token.end }
    // A rival named with praise in quote marks is mocked ('called Labour "a brilliant machine for talking"');
    // without them the praise may be sincere, and is left out.
    if (polarity === 'support' && isRival(sides, object.actor))
      return quotedBetween(words, after, k)
        ? { target: object.actor, polarity: 'oppose', evidence }
        : undefined
    return { target: object.actor, polarity, evidence }
  }
  return undefined
}

const QUOTE_MARKS = new Set(['"', '\u201c', "'", '\u2018'])

/** Whether a quote mark opens between the object and the judging word: 'called Y "a brilliant …"'. */
function quotedBetween(words: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (QUOTE_MARKS.has((words[k] as Token).text)) return true
  return false
}
