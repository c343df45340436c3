import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { stemWord } from './stem.ts'

/** Sources whose findings are reported like words said: a study, a survey, a report, those who did the research. */
export const RESEARCH: ReadonlySet<string> = new Set(
  'study studies survey surveys poll polls report research inquiry investigation analysis review audit researchers scientists'.split(
    ' ',
  ),
)
// Written findings that show as a report does when their maker is named: "a research paper", "data published by the
// firm", "the agency's figures"; not bare "The figures" or "The toilet paper".
const WRITTEN = new Set(['paper', 'papers', 'data', 'figures', 'statistics'])
// Parts of speech (see pos.ts) of a noun phrase's words up to its head: "The Kell Trust audit", "Their new survey".
const NOUN_PHRASE = new Set(['D', 'S', 'J', 'N', 'P', 'NUM', 'PR'])
// The possessive ending, which the tagger tags as a mark: "The council's report".
const POSSESSIVE = new Set(["'s", '’s', "'", '’'])
const SHOW = stemWord('show')

/**
 * Whether "shows that…" reports a finding: its source is a noun phrase headed by research or a written finding
 * ("The council's report shows that…", "Data published by the agency shows that…"), which a reader counts as said
 * by its maker; "This shows that…" or "The chart shows that…" is the writer's own reading. Bare data ("figures show")
 * is left to `namesOnlyData`, which keeps it out when no maker is named.
 * @example showsAsResearch(context, draft, first) // true for "shows" in "A study by the clinic shows that…"
 */
export function showsAsResearch(context: StatementContext, draft: StatementDraft, first: number): boolean {
  const { source, content } = draft
  if (context.stem(first) !== SHOW || !source || source.last >= first) return false
  const { end } = draft.cue
  if (context.lower(end) !== 'that' || (content.start !== end && content.start !== end + 1)) return false
  let head = -1
  for (let t = source.start; t <= source.last; t++) {
    if (!NOUN_PHRASE.has(context.pos(t) ?? '') && !POSSESSIVE.has(context.lower(t) ?? '')) break
    head = t
  }
  const word = context.lower(head) ?? ''
  if (RESEARCH.has(word)) return true
  return WRITTEN.has(word) && (source.last > head || makerBefore(context, source.start, head))
}

/** Whether a name, a possessive or a word of research comes before the head ("ONS data", "the firm's figures"). */
function makerBefore(context: StatementContext, from: number, head: number): boolean {
  for (let t = from; t < head; t++) {
    const word = context.lower(t) ?? ''
    if (context.pos(t) === 'P' || POSSESSIVE.has(word) || RESEARCH.has(word)) return true
    if (context.pos(t) === 'PR' && word !== 'it' && word !== 'they') return true
  }
  return false
}
