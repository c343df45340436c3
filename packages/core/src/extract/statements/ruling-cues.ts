import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import { AUXILIARIES } from './lexicon.ts'

// The forms of "rule" that report a ruling: a court's, a judge's, a tribunal's or a regulator's words.
const RULED = new Set(['ruled', 'rules'])
// Subject pronouns that open the clause of a ruling whose "that" is left out: 'the judge ruled it was unlawful'.
const CLAUSE_OPENERS = new Set(['it', 'he', 'she', 'they', 'there'])

/**
 * Whether token t is "ruled"/"rules" reporting a ruling: a clause after it, or the end of its sentence after a
 * content that stands before ('…, a court has ruled.'); not "ruled out", "ruled on", "ruled against", "the rules".
 * @example isRuling(context, 3) // true for "ruled" in "The judge ruled that …"
 */
export function isRuling(context: StatementContext, t: number): boolean {
  const { lower } = context
  if (!RULED.has(lower(t) ?? '')) return false
  const next = lower(t + 1) ?? ''
  if (next === 'that' || (CLAUSE_OPENERS.has(next) && lower(t + 2) !== 'out')) return true
  if (next !== '.' || lower(t - 1) === 'the' || lower(t - 1) === "'s") return false
  // A content before the ruling ends with a comma ('It was unlawful, the judge rules.'); without one, a final
  // "rules" is the noun ('change the fund's funding rules.').
  return lower(t) === 'ruled' || clauseCommaBefore(context, t)
}

// Parts of speech of the words of a ruling's source between the comma and "rules": 'the high court's judge'.
const SOURCE_WORDS = new Set(['D', 'J', 'N', 'S', 'NUM'])

/**
 * Whether a comma stands right before the noun phrase of the few words before token t, and closes a clause (one with
 * a verb): 'It was unlawful, the judge rules.', not 'In chess, as in life, patience rules.'
 */
function clauseCommaBefore(context: StatementContext, t: number): boolean {
  const { sentenceOf } = context
  let comma = t - 1
  while (
    comma >= 0 &&
    t - comma <= 6 &&
    sentenceOf[comma] === sentenceOf[t] &&
    context.lower(comma) !== ','
  ) {
    if (!SOURCE_WORDS.has(context.pos(comma) ?? '') && context.lower(comma) !== "'s") return false
    comma--
  }
  if (comma < 0 || comma === t - 1 || context.lower(comma) !== ',' || sentenceOf[comma] !== sentenceOf[t])
    return false
  for (let i = comma - 1; i >= 0 && sentenceOf[i] === sentenceOf[t]; i--)
    if ((context.pos(i) ?? '').startsWith('V')) return true
  return false
}

/**
 * Cues of rulings, which the learned tagger never tags: "ruled"/"rules" with the auxiliaries before it and a clause
 * after it ('a court has ruled that …', 'the judge ruled it was unlawful'). Not "ruled out", nor "ruled the
 * country" (no clause), nor the adjective 'the ruling party'. Returns only cues that overlap none of `found`.
 * @example findRulingCues(context, []) // [{ start: 2, end: 4, … }] for "has ruled" in "The court has ruled that…"
 */
export function findRulingCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const { lower } = context
  const cues: Cue[] = []
  for (let t = 1; t < context.tokens.length; t++) {
    if (!isRuling(context, t) || context.quoteOf[t] !== -1) continue
    let start = t
    while (
      start > 0 &&
      AUXILIARIES.has(lower(start - 1) ?? '') &&
      context.sentenceOf[start - 1] === context.sentenceOf[t]
    )
      start--
    if (found.some((cue) => cue.start <= t && start < cue.end)) continue
    cues.push(makeCue(context, start, t + 1))
  }
  return cues
}
