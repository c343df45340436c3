import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { namesOnlyData } from './data-source.ts'
import { reportingClass } from './lexicon.ts'

// Parts of speech (see pos.ts) that cannot be all of what was said: a relative pronoun points back to it
// ("…, which he denied"), a lone pronoun or determiner says nothing ("he denied it"), nor does a lone adverb
// ("Currently, said Dr Lee, there are 70 patients": the content is the clause after the source).
const NOT_A_CONTENT = new Set(['PR', 'D', 'W', 'C', 'I', 'TO', 'S', 'M', 'R'])
// Parts of speech that cannot name a speaker on their own: "after being told…", "with alarm", "will acknowledge".
const NOT_A_SOURCE = new Set(['V', 'VD', 'VN', 'VG', 'M', 'I', 'TO', 'C', 'R', 'J', 'S'])

/**
 * Drops drafts that are not statements, and repeats of one: a content that is one function word ("which", "it"), or a source that is
 * one word that cannot name anyone (the "being" of "after being told…"), or a cue without a source whose word does not
 * report speech, belief or evidence, or a source that names only data ("according to city data"). A source of one
 * pronoun or noun stays.
 * @example dropSpurious(context, drafts).length // drafts.length, less the invented ones
 */
export function dropSpurious(context: StatementContext, drafts: readonly StatementDraft[]): StatementDraft[] {
  return dropRepeats(context, drafts).filter((draft) => {
    const { content, source } = draft
    if (content.start === content.last && NOT_A_CONTENT.has(posAt(context, content.start))) return false
    if (source && source.start === source.last && !namesSomeone(context, source.start)) return false
    // "according to city data", "official figures show": numbers, with no one named who says them.
    if (source && namesOnlyData(context, source)) return false
    // With no one named, only a word that reports (speech, belief, evidence) makes a statement: "images have
    // emerged of…" is news, not a statement.
    if (!source && !reports(context, draft)) return false
    return true
  })
}

/** Whether one word can name a speaker: not a verb or a preposition ("being", "with"), not a day or a month. */
function namesSomeone(context: StatementContext, token: number): boolean {
  return !NOT_A_SOURCE.has(posAt(context, token)) && !DATES.has(context.lower(token) ?? '')
}

// "Wednesday is forecast to be colder": a day or a month is never who spoke.
const DATES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight january february march april june july august september october november december'.split(
    ' ',
  ),
)

function posAt(context: StatementContext, token: number): string {
  return context.pos(token) ?? ''
}

/**
 * One statement per content: "Mr Blair told MPs: '…'" finds the content twice, from "told" and from the colon;
 * the cue that is a word wins over a mark, then the earlier cue.
 */
function dropRepeats(context: StatementContext, drafts: readonly StatementDraft[]): StatementDraft[] {
  const best = new Map<string, StatementDraft>()
  for (const draft of drafts) {
    const key = `${draft.content.start}:${draft.content.last}`
    const other = best.get(key)
    if (!other || cueRank(context, draft) > cueRank(context, other)) best.set(key, draft)
  }
  return drafts.filter((draft) => best.get(`${draft.content.start}:${draft.content.last}`) === draft)
}

function cueRank(context: StatementContext, draft: StatementDraft): number {
  return (context.isWord[draft.cue.head] ? 2 : 0) - draft.cue.start / 1e9
}

/** Whether a word of the cue reports speech, belief or evidence ("is widely expected": "expected"). */
function reports(context: StatementContext, draft: StatementDraft): boolean {
  for (let t = draft.cue.start; t < draft.cue.end; t++) {
    if (reportingClass(context.stem(t) ?? '') !== undefined) return true
  }
  return false
}
