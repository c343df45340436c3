import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { BE_FORMS } from './lexicon.ts'
import { stemWord } from './stem.ts'

// Verbs of showing, which a thing does as readily as a speaker ("the chart shows", "the phone emphasises"): a
// closed class.
const SHOWING = new Set(
  'emphasise emphasize highlight show reveal underline underscore illustrate demonstrate signal'
    .split(' ')
    .map(stemWord),
)
// Nouns for made things and places, which cannot speak: a closed class of artefacts (writings, which speak for
// their authors, are not in it).
const ARTEFACTS = new Set(
  'device devices gadget gadgets machine machines product products technology technologies console consoles handset handsets phone phones camera cameras screen screens computer computers software chip chips car cars model models design designs building buildings showcase exhibition display player players'.split(
    ' ',
  ),
)
// Words after the verb that open the words shown: a clause or a quote.
const CLAUSE_OPENERS = new Set(['that', ':', '"', '“', "'", '‘'])
// How far after the participle an agent's "by" may come: "highlighted on Monday by the firm".
const AGENT_REACH = 3

/**
 * Whether a verb of showing reports no words: its subject is a made thing ("the device emphasises long battery
 * life", "the new screens highlight sharper colour"), or it is a passive with no agent and no clause ("the best
 * phones are highlighted in a showcase"): what is shown is a thing, not what someone said. A person, a body or a
 * writing ("the report highlights that…") keeps its statement.
 * @example showsAThing(context, draft, t) // true for the "emphasises" of "the device emphasises good looks"
 */
export function showsAThing(context: StatementContext, draft: StatementDraft, first: number): boolean {
  if (!SHOWING.has(context.stem(first) ?? '')) return false
  if (draft.mode === 'direct') return false
  if (CLAUSE_OPENERS.has(context.lower(first + 1) ?? '')) return false
  if (isAgentlessPassive(context, first)) return true
  const source = draft.source
  return source !== null && source.last < first && ARTEFACTS.has(context.lower(source.last) ?? '')
}

/** Whether the verb is a passive participle after a form of "be" with no "by" shortly after it. */
function isAgentlessPassive(context: StatementContext, first: number): boolean {
  let t = first - 1
  while (t >= 0 && context.pos(t) === 'R') t--
  if (!BE_FORMS.has(context.lower(t) ?? '')) return false
  for (
    let a = first + 1;
    a <= first + AGENT_REACH && context.sentenceOf[a] === context.sentenceOf[first];
    a++
  ) {
    if (context.lower(a) === 'by') return false
  }
  return true
}
