import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { BE_FORMS } from './lexicon.ts'
import { quotedNextBySource } from './own-quote-next.ts'
import { stemWord } from './stem.ts'

// Verbs of opinion that, with someone named before them and a clause after, give that person's view as news reports
// it ('Screen International's editor Mike Goodridge thinks the films have not grabbed the public').
const VIEWS = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed'].map(stemWord))
// Verbs of feeling, a view only when the holder's own quote voices it next ('Vale feels that … "…," he said.').
const FEELINGS = new Set(['feel', 'feels', 'felt'])
// Pronouns that stand for one holder named before ("he thinks"); "I", "we", "you" belong to quoted speech.
const HOLDER_PRONOUNS = new Set(['he', 'she'])
// Words that may stand between the one who holds the view and the verb: "also thinks", "still believes".
const BETWEEN = new Set(['also', 'still', 'now', 'firmly', 'clearly'])

/**
 * Whether a draft gives a named holder's view: "thinks" or "believes" (not "is thought"), its source a name or "he"
 * or "she" right before it,
 * a clause right after it that holds a finite verb ("believes these prices are too high", never "believes in God"),
 * outside quotes. Such a view is a statement for a reader, as the BBC gold counts a critic's "thinks …". "Feels" counts
 * only when the holder's own quote follows and voices it ('Vale feels the rule is unfair. "It …," he said.').
 * @example isVoicedView(context, draft, first) // true for "Mike Goodridge thinks the films have not …"
 */
export function isVoicedView(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { cue, source, content } = draft
  const felt = FEELINGS.has(context.lower(first) ?? '')
  if ((!felt && !VIEWS.has(context.stem(first) ?? '')) || cue.end - cue.start > 2) return false
  if (!source || context.quoteOf[cue.start] !== -1) return false
  if (!namesAHolder(context, source.last)) return false
  let before = cue.start - 1
  while (before > source.last && BETWEEN.has(context.lower(before) ?? '')) before--
  if (before !== source.last || BE_FORMS.has(context.lower(first - 1) ?? '')) return false
  const opens = context.lower(content.start) === 'that' ? content.start + 1 : content.start
  if (opens !== cue.end && content.start !== cue.end) return false
  if (felt && !quotedNextBySource(context, draft)) return false
  for (let t = opens; t <= content.last; t++) {
    const pos = context.pos(t) ?? ''
    if (pos === 'VD' || pos === 'M' || pos === 'V') return true
  }
  return false
}

/**
 * Whether a source's last word names one holder of a view: a name ("Mike Goodridge", "The Commission", "The BBA") or
 * "he" or "she". Groups counted or described ("One-third of Democratic voters", "Labour strategists", "Experts",
 * "who") hold views a poll or the writer reports, which no one stated; "I" and "we" belong to quoted speech.
 */
function namesAHolder(context: StatementContext, last: number): boolean {
  if (HOLDER_PRONOUNS.has(context.lower(last) ?? '')) return true
  // A proper noun: "Experts", "They" or "I" capitalised at a sentence's start are not.
  return context.pos(last) === 'P' || (context.shape(last) === 'X' && context.lower(last) !== 'i')
}
