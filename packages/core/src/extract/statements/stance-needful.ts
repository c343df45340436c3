import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import type { Anchor } from './anchors.ts'
import { BE_FORMS, MODALS } from './lexicon.ts'
import { guessPos } from './pos.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { anchorStartingAt, contentWords } from './stance-words.ts'

// Adjectives of need before "that Y …": "it is vital that Y acts", "it was essential that ministers listened".
// Closed: the adjectives English uses for what must happen.
const NEEDFUL = new Set(['vital', 'essential', 'important', 'crucial', 'imperative', 'critical', 'necessary'])

// Words between the form of "be" and the adjective: "it is very important", "it was absolutely vital".
const DEGREE = new Set([
  'very',
  'so',
  'really',
  'absolutely',
  'most',
  'extremely',
  'also',
  'now',
  'all',
  'more',
])

// What after Y makes the clause a fact judged, not an act asked for: "it was important that Y had won".
const DONE = new Set(['had', 'has', "'s", 'was', 'were'])

// Verbs of knowing after Y: "it is important that Y realises …" tells Y something, and asks no act of it.
const KNOWING =
  /^(?:knows?|knew|reali[sz](?:e|es|ed)|understands?|understood|sees?|saw|recogni[sz](?:e|es|ed))$/

/**
 * The demand a speaker makes by calling another's act needful: "it is vital that the government acts", "it was
 * essential that Y kept its promise". Y is the actor right after "that" (past "the"), followed by its verb; "it is
 * important that Y has won" judges a fact, "that Y realises" tells Y something, "that Y be strengthened" asks it of
 * someone else. Negated ("it is not vital that") asks nothing either.
 * @example needfulStance(parsed, statement, anchors, sides) // { target: 'organization:labour-party', polarity: 'demand', … }
 */
export function needfulStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  const { tokens, lower, inContent } = contentWords(parsed, statement, anchors)
  for (let i = 2; i < tokens.length - 2; i++) {
    if (!NEEDFUL.has(lower[i] as string) || lower[i + 1] !== 'that') continue
    let be = i - 1
    while (be > 0 && DEGREE.has(lower[be] as string)) be--
    if (!BE_FORMS.has(lower[be] as string) || lower[be - 1] !== 'it') continue
    const at = lower[i + 2] === 'the' ? i + 3 : i + 2
    const token = tokens[at]
    const target = token && anchorStartingAt(inContent, token)
    if (!target || !canTarget(target, 'demand', sides)) continue
    const next = tokens.findIndex((word) => word.start >= target.end)
    if (next < 0 || DONE.has(lower[next] as string) || KNOWING.test(lower[next] as string)) continue
    // "it is crucial that Y be strengthened", "… Y is held to account", "… Y should be reformed": something done to
    // Y, asked of whoever would do it.
    if (passiveAt(tokens, lower, next)) continue
    const first = tokens[be - 1] as Token
    return {
      target: target.actor,
      polarity: 'demand',
      evidence: { start: first.start, end: (tokens[i + 1] as Token).end },
    }
  }
  return undefined
}

// Forms of "be" that may open a passive after Y, after a modal or not: "Y be reformed", "Y is held", "Y should be held".
const PASSIVE_BE = new Set(['be', 'is', 'are'])

/** Whether the words from `k` are a passive: a form of "be", after a modal or not, then a past participle. */
function passiveAt(tokens: readonly Token[], lower: readonly string[], k: number): boolean {
  const be = MODALS.has(lower[k] as string) ? k + 1 : k
  const participle = tokens[be + 1]
  if (!PASSIVE_BE.has(lower[be] as string) || !participle) return false
  const word = lower[be + 1] as string
  return /(?:ed|en)$/.test(word) || ['VD', 'VN'].includes(guessPos(participle.text, word, false))
}
