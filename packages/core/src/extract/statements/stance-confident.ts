import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'
import { judgingSign } from './stance-lexicon.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { anchorStartingAt, contentWords, isNegated, isSpeakerSubject } from './stance-words.ts'

// Words that may stand between the speaker's "I", "we" or pronoun and "confident": "I am very confident", "she
// was quite confident", "we remain confident".
const BETWEEN = new Set(
  "am is are was were 'm 're remain remains remained feel feels felt be been very quite entirely absolutely fully totally still also".split(
    ' ',
  ),
)

// Modals that make what follows the actor a forecast the speaker trusts it with: "confident Y would win".
const MODALS = new Set(['would', 'will', 'could', 'can', "'d", "'ll"])

// What a speaker trusts an actor to do, after the modal: "confident Y would win", "will deliver", "will do well".
// Only these back the actor: a forecast that it will be convicted, stand down or come third backs no one.
const SUCCEEDS = new Set(
  'win deliver succeed meet make do get keep lead secure achieve pass recover overcome beat save fix solve build bring help protect honour honor continue triumph prevail perform manage cope handle reach improve thrive hold retain regain'.split(
    ' ',
  ),
)

// Participles after "would be" that are a success: "confident Y would be re-elected" (not "be convicted").
const CLEARED = new Set([
  'elected',
  're-elected',
  'reelected',
  'chosen',
  'cleared',
  'acquitted',
  'vindicated',
])

/** Whether the words after the modal at k forecast the actor's success: a verb of success or a judging word of praise. */
function forecastsSuccess(lower: readonly string[], k: number): boolean {
  const next = lower[k + 1] ?? ''
  if (next === 'be') return CLEARED.has(lower[k + 2] ?? '')
  return SUCCEEDS.has(next) || judgingSign(next) > 0
}

/** How many words the actor may stand after "confident", past "that", articles and capitalized titles. */
const OBJECT_REACH = 4

/**
 * The support a speaker gives an actor they trust to do well: "I am confident that Y will deliver", "she was
 * confident Y would win". The confidence is the speaker's own ("I", "we", or a pronoun linked to them), the actor
 * opens the clause after it, a modal follows the actor, and the verb after the modal is one of success ("confident Y
 * would lose", "… would be convicted" back no one).
 * @example confidentStance(parsed, statement, anchors, sides) // { target: 'person:tom-reed', polarity: 'support', … }
 */
export function confidentStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  if (sides.speaker === '') return undefined
  const { tokens, lower, inContent } = contentWords(parsed, statement, anchors)
  for (let i = 0; i < tokens.length; i++) {
    if (lower[i] !== 'confident' || isNegated(lower, i) || lower[i - 1] === 'less') continue
    if (!ownConfidence(tokens, lower, i, inContent, sides)) continue
    const at = actorAfter(tokens, lower, i, inContent)
    if (!at) continue
    const [target, k] = at
    if (!MODALS.has(lower[k] ?? '')) continue
    if (!forecastsSuccess(lower, k)) continue
    if (!canTarget(target, 'support', sides, true)) continue
    const word = tokens[i] as Token
    return { target: target.actor, polarity: 'support', evidence: { start: word.start, end: word.end } }
  }
  return undefined
}

/** Whether "confident" at token i is the speaker's own: "I", "we" or a pronoun linked to the speaker before it. */
function ownConfidence(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  inContent: readonly Anchor[],
  sides: Sides,
): boolean {
  let k = i - 1
  while (k > 0 && BETWEEN.has(lower[k] as string)) k--
  if (k === i - 1 || k < 0) return false
  return isSpeakerSubject(tokens, lower, k, inContent, sides.speaker)
}

/** The actor opening the clause after "confident", and the index of the token right after it. */
function actorAfter(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  inContent: readonly Anchor[],
): [Anchor, number] | undefined {
  let k = i + 1
  if (lower[k] === 'that') k++
  for (const last = k + OBJECT_REACH; k < Math.min(tokens.length, last); k++) {
    const token = tokens[k] as Token
    const anchor = anchorStartingAt(inContent, token)
    if (anchor) {
      let after = k + 1
      while (after < tokens.length && (tokens[after] as Token).start < anchor.end) after++
      return [anchor, after]
    }
    if (lower[k] !== 'the' && !/^\p{Lu}/u.test(token.text)) return undefined
  }
  return undefined
}
