import { assembleDraft, type StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { indexPositions } from './position-index.ts'

// Marks an act's object may end on before the participle that follows it: "defended the move, saying".
const BEFORE_PARTICIPLE = new Set([',', '-', '—', '–'])

/**
 * Settles drafts that report the same words twice, for a reader's list of statements: a cue inside indirect words
 * that a cue after it reports drops ("Some firms found it cheaper to sack staff, it said": "found" is part of what
 * was said), as does a later cue that takes in a quote a colon gave ('Vale said: "…," she said.'), a passive "was quoted" whose clause goes on to "saying" drops ('Vale was quoted in the Herald saying: "…"'),
 * and an act whose object runs on into a participle of saying by the same source ends before it
 * ("defended the move saying it would help": the act is "defended the move", the words are what "saying" reports).
 * @example settleDoubleReports(context, drafts) // drafts, less "found" in "Firms found it cheaper…, it said"
 */
export function settleDoubleReports(
  context: StatementContext,
  drafts: readonly StatementDraft[],
): StatementDraft[] {
  // Each test below holds only where the other draft's cue lies in this one's content or just after its cue: only
  // those drafts are read, not every other draft of the section.
  const byHead = indexPositions(drafts, (draft) => draft.cue.head)
  const byStart = indexPositions(drafts, (draft) => draft.cue.start)
  const inContent = (draft: StatementDraft) =>
    byHead.within(draft.content.start, draft.content.last).map((k) => drafts[k] as StatementDraft)
  return drafts
    .filter(
      (draft) =>
        !inContent(draft).some(
          (other) =>
            other !== draft && (isReportedBy(context, draft, other) || quotedAgain(context, draft, other)),
        ) &&
        !byStart
          .within(draft.cue.end, draft.cue.end + QUOTED_REACH)
          .some((k) => drafts[k] !== draft && quotedThenSaying(context, draft, drafts[k] as StatementDraft)),
    )
    .map((draft) => {
      const saying = inContent(draft).find((other) => other !== draft && framesSaying(context, draft, other))
      return saying ? endBefore(context, draft, saying.cue.start) : draft
    })
}

/**
 * Whether indirect `inner`'s cue lies in the words a later cue after them reports, and `inner`'s own content runs on over that
 * later cue: the two cross, so `inner` is a piece of what the later source said, not a statement of its own. A quote
 * after a colon ('Vale said: "…," he said.') is the words themselves, whatever the later cue takes.
 */
function isReportedBy(context: StatementContext, inner: StatementDraft, outer: StatementDraft): boolean {
  if (inner.mode !== 'indirect' || outer.cue.start <= inner.cue.start) return false
  // Only a cue set after its words and a comma, its source or itself first there ("…, it said"), reports a clause
  // before it; not "the words written were his", not an aside ("claiming that, as Vale said, …"), not "…, a charge
  // the firm denies".
  if (outer.content.last >= outer.cue.start) return false
  if (trailingAt(context, outer.content.last) !== Math.min(outer.cue.start, outer.source?.start ?? Infinity))
    return false
  return holds(outer.content, inner.cue.head) && holds(inner.content, outer.cue.head)
}

/**
 * Whether `again` is a later cue whose content takes in a direct quote's cue and ends where that quote does: 'Vale
 * said: "The lift is slow," she said.' gives the quote once, by the colon; "she said" only repeats its speaker.
 */
function quotedAgain(context: StatementContext, again: StatementDraft, quote: StatementDraft): boolean {
  if (quote.mode !== 'direct' || again.cue.start <= quote.cue.start) return false
  if (context.lower(quote.cue.end - 1) !== ':') return false
  return holds(again.content, quote.cue.head) && again.content.last === quote.content.last
}

// The most tokens between a passive "quoted" and the participle that gives its words: "was quoted in the Tarrow
// Herald newspaper saying".
const QUOTED_REACH = 8
// Forms of "be" that make "quoted" passive: "was quoted", where "The paper quoted Ms Vale telling staff…" is the
// paper's act and Ms Vale's words.
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being'])
// Marks that end the clause of "was quoted" before a participle could belong to it.
const CLAUSE_ENDS = new Set(['.', ';', '?', '!'])

/**
 * Whether `quoted` is a passive "was quoted" whose clause goes on to a participle of saying, `saying`, that gives the
 * words: 'Vale was quoted in the Herald saying: "…"' reports them once, by "saying"; "was quoted" alone would take
 * the words before it or the participle itself for its content.
 */
function quotedThenSaying(
  context: StatementContext,
  quoted: StatementDraft,
  saying: StatementDraft,
): boolean {
  // Checked before any test that needs a closure: this runs for every pair of a section's drafts, and a closure
  // over `context` made on each call was most of what settling them allocated.
  if (saying.cue.start < quoted.cue.end || saying.cue.start - quoted.cue.end > QUOTED_REACH) return false
  if (!isPassiveQuoted(context, quoted.cue)) return false
  if (!hasParticiple(context, saying.cue)) return false
  for (let t = quoted.cue.end; t < saying.cue.start; t++)
    if (CLAUSE_ENDS.has(context.lower(t) ?? '')) return false
  return true
}

/** Whether a cue holds a passive "quoted" ("was quoted"). */
function isPassiveQuoted(context: StatementContext, cue: { start: number; end: number }): boolean {
  for (let t = cue.start; t < cue.end; t++)
    if (context.lower(t) === 'quoted' && BE.has(context.lower(t - 1) ?? '')) return true
  return false
}

/** Whether a cue holds a participle ("saying", "as saying:"). */
function hasParticiple(context: StatementContext, cue: { start: number; end: number }): boolean {
  for (let t = cue.start; t < cue.end; t++) if (context.pos(t) === 'VG') return true
  return false
}

/**
 * Whether `frame` and `saying` name a source from the same word, `frame`'s content holds the cue of `saying` (a
 * participle: "saying", "adding", "claiming") and both end on the same word: "defended the move saying X".
 */
function framesSaying(context: StatementContext, frame: StatementDraft, saying: StatementDraft): boolean {
  if (!frame.source || !saying.source || frame.source.start !== saying.source.start) return false
  if (frame.content.last !== saying.content.last || frame.content.start >= saying.cue.start) return false
  if (!holds(frame.content, saying.cue.head) || context.pos(saying.cue.head) !== 'VG') return false
  // After a name or a pronoun the participle is that one's ("quoted Mr Vale telling…"), after a preposition a noun
  // ("branded him wrong for claiming…"): only after a thing is it the frame's own source speaking.
  let before = saying.cue.start - 1
  while (before > frame.content.start && BEFORE_PARTICIPLE.has(context.lower(before) ?? '')) before--
  return !NOT_THE_SOURCE.has(context.pos(before) ?? '')
}

// Parts of speech (see pos.ts) before a participle that make it another's act or a noun: a name, a pronoun, a
// preposition.
const NOT_THE_SOURCE = new Set(['P', 'PR', 'I'])

/** The draft with its content ending before token `stop`, and before a comma or dash right there. */
function endBefore(context: StatementContext, draft: StatementDraft, stop: number): StatementDraft {
  let last = stop - 1
  while (last > draft.content.start && BEFORE_PARTICIPLE.has(context.lower(last) ?? '')) last--
  return assembleDraft(context, draft.cue, { ...draft.content, last }, draft.source)
}

// Closing quote marks a content may end on before the comma of a trailing cue.
const CLOSING = new Set(['"', "'", '”', '’'])
// Words that open an aside after the comma, not a trailing cue: "…, as Vale said, …", "…, according to Vale, …".
const ASIDE = new Set(['as', 'according'])

/**
 * The token after the comma that follows `last` (past closing quote marks), where a trailing cue or its source opens;
 * -1 when no comma follows or an aside opens there.
 */
function trailingAt(context: StatementContext, last: number): number {
  let t = last + 1
  while (CLOSING.has(context.lower(t) ?? '')) t++
  if (context.lower(t) !== ',' || ASIDE.has(context.lower(t + 1) ?? '')) return -1
  return t + 1
}

function holds(span: { start: number; last: number }, token: number): boolean {
  return token >= span.start && token <= span.last
}
