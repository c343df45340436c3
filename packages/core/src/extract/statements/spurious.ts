import { followsANorm } from './according-to-norm.ts'
import { sourceInAdverbial } from './adverbial-source.ts'
import { contentBeforeAside } from './as-aside.ts'
import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { namesOnlyData, namesOnlyStudies } from './data-source.ts'
import { settleDoubleReports } from './double-reports.ts'
import { inHeadline, namesATitle } from './headline-in-body.ts'
import { namesOnlyLaw } from './law-source.ts'
import { reportingClass } from './lexicon.ts'
import { contentIsOnlyAName } from './name-content.ts'
import { isPageLabel } from './page-labels.ts'
import { namesOnlyFindings } from './poll-source.ts'
import { isQuestionedSubject } from './questioned-passive.ts'
import { isSetPhrase } from './set-phrases.ts'
import { sourceIsAClause } from './source-clause.ts'
import { isUnnamedReport } from './sourceless.ts'

// Parts of speech (see pos.ts) that cannot be all of what was said: a relative pronoun points back to it
// ("…, which he denied"), a lone pronoun or determiner says nothing ("he denied it"), nor does a lone adverb
// ("Currently, said Dr Lee, there are 70 patients": the content is the clause after the source).
const NOT_A_CONTENT = new Set(['PR', 'D', 'W', 'C', 'I', 'TO', 'S', 'M', 'R'])
// Parts of speech that cannot name a speaker on their own: "after being told…", "with alarm", "will acknowledge".
const NOT_A_SOURCE = new Set(['V', 'VD', 'VN', 'VG', 'M', 'I', 'TO', 'C', 'R', 'J', 'S'])

/**
 * Drops drafts that are not statements, and repeats of one: a content that is one function word ("which", "it"), or a source that is
 * one word that cannot name anyone (the "being" of "after being told…"), or a cue without a source whose word does not
 * report speech, belief or evidence, or a source that names only data ("according to city data"), or a cue in a
 * headline printed in the body (see headline-in-body.ts), or a cue in a set phrase ("thanks to", "not to mention",
 * "Say you have…": see set-phrases.ts). A source of one pronoun or noun stays.
 * @example dropSpurious(context, drafts).length // drafts.length, less the invented ones
 */
export function dropSpurious(
  context: StatementContext,
  drafts: readonly StatementDraft[],
  spokenOnly = true,
): StatementDraft[] {
  // "Firms found it cheaper…, it said", "defended the move saying…": one statement, for a reader's list.
  const single = spokenOnly ? settleDoubleReports(context, drafts) : drafts
  return dropRepeats(context, single).filter((draft) => {
    const { content, source } = draft
    if (content.start === content.last && NOT_A_CONTENT.has(posAt(context, content.start))) return false
    // "Tom Reed, defending, said …": a barrister's part in court between commas is no verb of saying.
    if (isCourtRole(context, draft)) return false
    // "Tom Reed spoke in Tarrow": a content inside its source, or in capitals right before it with nothing between,
    // is a piece of the speaker's name, no words.
    if (source && isPartOfSource(context, content, source)) return false
    // "matters which Mr Vale has spoken out on": a content running into its source from one function word before it.
    if (source && isFunctionWordIntoSource(context, content, source)) return false
    if (source && source.start === source.last && !namesSomeone(context, source.start)) return false
    if (source && namesOnlyWhenOrHow(context, source)) return false
    if (source && namesNoOne(context, source.start)) return false
    // "Floods cannot be ruled out, warns …": a subject with its modal is a clause, what was said, not who said it.
    // PolNeAR's 'all' keeps some such drafts, for a cue its annotators read in the same sentence.
    if (spokenOnly && sourceIsAClause(context, draft)) return false
    // "doubts about the plan", "For most pupils, reading…": a preposition's object, not who spoke.
    if (sourceInAdverbial(context, draft)) return false
    // "according to city data", "official figures show": numbers, with no one named who says them.
    if (source && namesOnlyData(context, source)) return false
    // "the polls suggest", "according to our forecasts": a finding, no one saying it (PolNeAR's 'all' keeps it).
    if (spokenOnly && source && namesOnlyFindings(context, source)) return false
    // "according to earlier studies": a finding with no one named (PolNeAR's 'all' keeps it).
    if (spokenOnly && source && namesOnlyStudies(context, source)) return false
    // "Section 404 calls for…", "the new law requires…": a law's text, no one speaking (PolNeAR's 'all' keeps it).
    if (spokenOnly && source && namesOnlyLaw(context, source)) return false
    // With no one named, only a word that reports (speech, belief, evidence) makes a statement: "images have
    // emerged of…" is news, not a statement.
    if (!source && !reports(context, draft)) return false
    // Nor, for a reader's list, a cue with no verb form and no one named ("Questions about…", "a call to action"),
    // which PolNeAR's attributions (spokenOnly false) annotate: "concerns about the plan".
    if (spokenOnly && !source && !isUnnamedReport(context, draft)) return false
    // "Cocaine Seized at Port, Police Say" above the text: a headline sums up what the body reports.
    if (inHeadline(context, draft) || namesATitle(context, draft)) return false
    // "thanks to a mild winter", "not to mention …", "Say you have two files": a set phrase reports no one.
    if (isSetPhrase(context, draft)) return false
    // "no wake, according to her wishes", "went according to plan": "in line with", no one's words.
    if (spokenOnly && followsANorm(context, draft)) return false
    // "Five men were questioned by police": who was asked, not what was said.
    if (spokenOnly && isQuestionedSubject(context, draft)) return false
    // "PRONUNCIATION:" over "MAWD-lin", a post's "EDIT:": a page's label names no one.
    if (isPageLabel(context, draft)) return false
    // "…, warns Health Board Director Ann Vale as she urged…": a name is who spoke, never what was said.
    // PolNeAR's 'all' reads title-case headlines ("Vale Backs Tarn Rail Union Chief"), where every word is capitalised.
    if (spokenOnly && contentIsOnlyAName(context, draft)) return false
    // "claiming that, as Mr Reed said, if the cash…": the aside vouches for what follows it, not what came before.
    if (contentBeforeAside(context, draft)) return false
    return true
  })
}

// The parts counsel play in court, written after a name between commas ("Ann Vale, prosecuting, said").
const COURT_ROLES = new Set(['defending', 'prosecuting', 'representing'])

/** Whether the cue is a court role set off by commas right after a name: ", defending," (then the name's "said"). */
function isCourtRole(context: StatementContext, draft: StatementDraft): boolean {
  const { cue } = draft
  if (cue.end - cue.start !== 1 || !COURT_ROLES.has(context.lower(cue.start) ?? '')) return false
  return context.lower(cue.start - 1) === ',' && context.lower(cue.end) === ','
}

/**
 * Whether the content is one function word before its source and, after it, only a piece of the speaker's name:
 * "which Mr" of "matters which Mr Vale has spoken out on", where the words were the relative's antecedent.
 */
function isFunctionWordIntoSource(
  context: StatementContext,
  content: { start: number; last: number },
  source: { start: number; last: number },
): boolean {
  if (content.start >= source.start || content.last < content.start + 1) return false
  // The content reaches the source, or ends on a capitalized word right before it ("which Mr | Vale").
  if (content.last + 1 < source.start || content.last > source.last) return false
  if (!NOT_A_CONTENT.has(posAt(context, content.start))) return false
  for (let t = content.start + 1; t <= content.last; t++)
    if (t < source.start && !/^\p{Lu}/u.test(context.tokens[t]?.text ?? '')) return false
  return true
}

/** Whether the content lies in the source, or is capitalized words right before it ("Tom" of "Tom | Reed"). */
function isPartOfSource(
  context: StatementContext,
  content: { start: number; last: number },
  source: { start: number; last: number },
): boolean {
  if (content.start >= source.start && content.last <= source.last) return true
  if (content.last + 1 !== source.start || content.last - content.start > 2) return false
  for (let t = content.start; t <= content.last; t++)
    if (!/^\p{Lu}/u.test(context.tokens[t]?.text ?? '')) return false
  return true
}

// Words that open a noun phrase naming nothing there: "no injuries were reported", "no age or address reported",
// "nobody has said"; nor does the reader's own "your" name a speaker a page reports ("your computer can warn you",
// "according to your taste").
const NONE = new Set(['no', 'none', 'nobody', 'nothing', 'your'])

/**
 * Whether a source opens with a word that names no one or nothing ("no injuries were reported", "a driver, no age
 * or address reported, …"): what it heads is what was, or was not, reported, never who spoke. "No 10", Downing
 * Street by its number, names someone.
 */
function namesNoOne(context: StatementContext, token: number): boolean {
  if (!NONE.has(context.lower(token) ?? '')) return false
  const next = context.lower(token + 1) ?? ''
  return !(next === '.' || posAt(context, token + 1) === 'NUM')
}

/** Whether one word can name a speaker: not a verb or a preposition ("being", "with"), not a day or a month. */
function namesSomeone(context: StatementContext, token: number): boolean {
  return !NOT_A_SOURCE.has(posAt(context, token)) && !DATES.has(context.lower(token) ?? '')
}

// Words that tell when or how, or ask politely, in a source of several words: "Wednesday morning announced",
// "most aptly describes", "Please read our policy" (an imperative, with no one named).
const WHEN_OR_HOW = new Set(['morning', 'afternoon', 'evening', 'night', 'please'])

/**
 * Whether every word of a source tells only when or how ("Wednesday morning", "most aptly") or is the "Please" of an
 * imperative: such words name no one, and a page's "Please read our privacy policy" is no statement.
 */
function namesOnlyWhenOrHow(context: StatementContext, source: { start: number; last: number }): boolean {
  for (let t = source.start; t <= source.last; t++) {
    const word = context.lower(t) ?? ''
    // "most" of "most aptly" is tagged an adjective: it grades the adverb after it.
    const adverb =
      posAt(context, t) === 'R' ||
      (posAt(context, t) === 'J' && t < source.last && posAt(context, t + 1) === 'R')
    if (!(DATES.has(word) || WHEN_OR_HOW.has(word) || adverb)) return false
  }
  return true
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
