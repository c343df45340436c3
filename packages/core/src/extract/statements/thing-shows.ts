import { afterBe } from './after-be.ts'
import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

// Verbs of showing, which a thing does as readily as a speaker ("the chart shows", "the map highlights"): a
// closed class.
const SHOWING = new Set(
  'emphasise emphasize highlight show reveal underline underscore illustrate demonstrate signal'
    .split(' ')
    .map(stemWord),
)
// Tokens that open the words shown: a clause or a quote.
const CLAUSE_OPENERS = new Set(['that', ':', '"', '“', '”', "'", '‘', '’'])
// How far after the participle an agent's "by" may come: "highlighted on Monday by the firm".
const AGENT_REACH = 3

/**
 * Whether a verb of showing reports no words: a passive with no agent and no clause or quote in its sentence
 * ("old maps are highlighted in the west wing"): what is shown is a thing, not what someone said.
 * @example showsAThing(context, draft, t) // true for the "highlighted" of "old maps are highlighted in a hall"
 */
export function showsAThing(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (!SHOWING.has(context.stem(first) ?? '')) return false
  if (draft.mode === 'direct') return false
  return isAgentlessPassive(context, first) && !opensWords(context, first)
}

/** Whether the verb is a passive participle after a form of "be" with no "by" shortly after it. */
function isAgentlessPassive(context: StatementContext, first: number): boolean {
  if (!afterBe(context, first)) return false
  for (
    let a = first + 1;
    a <= first + AGENT_REACH && context.sentenceOf[a] === context.sentenceOf[first];
    a++
  ) {
    if (context.lower(a) === 'by') return false
  }
  return true
}

/**
 * Whether a "that", a colon or a quote mark follows the verb in its sentence ("was revealed on Monday that …").
 * @example opensWords(context, first) // true for "found" in "She found by chance that…"
 */
export function opensWords(context: StatementContext, first: number): boolean {
  const sentence = context.sentenceOf[first]
  for (let a = first + 1; a < context.tokens.length && context.sentenceOf[a] === sentence; a++) {
    if (CLAUSE_OPENERS.has(context.lower(a) ?? '')) return true
  }
  return false
}
