import { addedClauseStart, reportsSpeech } from './added-clause.ts'
import { assembleDraft, type StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { endBeforeInvertedReport } from './inverted-outer.ts'
import { frontsAdverbialClause } from './main-clause.ts'
import type { SourcePlace } from './source.ts'
import { trimToWords } from './words.ts'

// Words after which a new clause may begin inside a content: "… and Democrats accused …", "… and said …".
const CLAUSE_BREAKS = new Set([',', ';', 'and', 'but', 'while', 'whereas', '--', '—', '–'])

function coversCue(outer: StatementDraft, inner: StatementDraft): boolean {
  const t = inner.cue.start
  return (
    outer !== inner &&
    t >= outer.content.start &&
    t <= outer.content.last &&
    !(t >= outer.cue.start && t < outer.cue.end)
  )
}

/**
 * Settles statements whose cue lies inside another's content, as each word plays one part in one statement:
 * "X announced A, saying B", "X exhorted A and said B" and "X said A and Y accused B" end the first content before
 * the second statement (which shares the first one's speaker when it names none of its own); any other inner
 * statement ("He said that Russia announced …") is dropped, unless it names its own speaker and `standsAlone` says
 * it reports words ("The book claims that Brown told Blair: '…'", kept beside the outer one, as a reader counts
 * both), or the outer one will not be kept (`kept` false: "She believes that …"). Statements come back in text
 * order.
 * @example resolveNesting(context, drafts) // the outer statement, cut before the inner one, and the inner one
 */
export function resolveNesting(
  context: StatementContext,
  drafts: readonly StatementDraft[],
  kept: (outer: StatementDraft) => boolean = () => true,
  standsAlone: (inner: StatementDraft) => boolean = () => false,
): StatementDraft[] {
  const ordered = [...drafts].sort((a, b) => a.cue.start - b.cue.start)
  const result = new Map<StatementDraft, StatementDraft>(ordered.map((draft) => [draft, draft]))
  const dropped = new Set<StatementDraft>()
  // Outer statements are scanned in order; an inner one can only sit in the few contents open at its cue.
  let open: StatementDraft[] = []
  for (const original of ordered) {
    open = open.filter((outer) => (result.get(outer) as StatementDraft).content.last >= original.cue.start)
    for (const outerKey of open) {
      const outer = result.get(outerKey) as StatementDraft
      const inner = result.get(original) as StatementDraft
      if (!coversCue(outer, inner)) continue
      // "The agency cited two risks, officials said": the later report holds the earlier one, not the other way.
      const ended = endBeforeInvertedReport(context, outer, inner)
      if (ended) {
        result.set(outerKey, ended)
        continue
      }
      const resumed = interruptionEnd(context, outer, inner)
      if (resumed !== null) {
        // '"A," she said in Leeds, recalling a vote. "B."': the inner statement sits between the outer quotations,
        // which stay whole; its own content ends before the quote that resumes them.
        const own = trimToWords(context, inner.content.start, Math.min(inner.content.last, resumed - 1))
        if (!own || own.start < inner.cue.end) {
          dropped.add(original)
          break
        }
        const shared = !hasOwnSubject(outer, inner) && !namesSourceAfter(inner) && outer.source !== null
        const source = shared ? outer.source : inner.source
        result.set(original, assembleDraft(context, inner.cue, { ...own, side: 'after' }, source))
        continue
      }
      const split = splitPoint(context, outer, inner, standsAlone, kept)
      const rest = split === null ? null : trimToWords(context, outer.content.start, split - 1)
      if (!rest || (rest.last < outer.cue.end - 1 && outer.content.side !== 'before')) {
        if (!kept(outerKey) || (inner.source !== null && standsAlone(inner))) continue
        dropped.add(original)
        break
      }
      const fronted = outer.source === null && isSentenceStart(context, outer.cue.start)
      const outerSource: SourcePlace | null = fronted ? inner.source : outer.source
      result.set(
        outerKey,
        assembleDraft(context, outer.cue, { ...rest, side: outer.content.side }, outerSource),
      )
      if (!hasOwnSubject(outer, inner) && !namesSourceAfter(inner) && outer.source !== null) {
        // "Cruz exhorted … and said …", "…, saying …": the second statement shares the first one's speaker.
        result.set(original, assembleDraft(context, inner.cue, inner.content, outer.source))
      }
    }
    if (!dropped.has(original)) open.push(original)
  }
  return ordered.filter((draft) => !dropped.has(draft)).map((draft) => result.get(draft) as StatementDraft)
}

/**
 * Where the outer quotation resumes when the inner cue sits in the words that interrupt it ('"A," she said, recalling
 * …. "B."': the open of the second quotation), or null.
 */
function interruptionEnd(
  context: StatementContext,
  outer: StatementDraft,
  inner: StatementDraft,
): number | null {
  const { quotes, quoteOf } = context
  if (outer.content.side !== 'around' || inner.cue.start < outer.cue.end) return null
  const first = quotes[quoteOf[outer.content.start] ?? -1]
  const second = quotes[quoteOf[outer.content.last] ?? -1]
  if (!first || !second || first === second || first.end > outer.cue.start) return null
  if (inner.content.start < inner.cue.end) return null
  return inner.cue.end <= second.open ? second.open : null
}

/** Whether the inner statement names its own speaker inside the outer content ("… and Democrats accused …"). */
function hasOwnSubject(outer: StatementDraft, inner: StatementDraft): boolean {
  const { source } = inner
  return source !== null && source.last < inner.cue.start && source.start >= outer.content.start
}

/** Whether the inner statement's source follows its cue ("…, according to the Roper Center"). */
function namesSourceAfter(inner: StatementDraft): boolean {
  return inner.source !== null && inner.source.start >= inner.cue.end
}

// Words before a participle cue that open it as a clause of its own: "by saying", "after noting".
const PARTICIPLE_OPENERS = new Set([',', 'by'])

/**
 * Where the outer content should end so that the inner statement stands alone, or null to drop the inner one:
 * before "and", "but", ";" or a dash that open the inner clause (with or without its own speaker), or before the
 * comma or "by" that open a participle (", saying …", "by saying …"), or the "with" that opens one of saying ("with a
 * spokesman saying: '…'"), or the comma after which a statement that `counts`, its speaker first, runs to the outer
 * content's end ("…, Mr Brown replied: '…'").
 */
function splitPoint(
  context: StatementContext,
  outer: StatementDraft,
  inner: StatementDraft,
  reportsWords: (inner: StatementDraft) => boolean,
  counts: (draft: StatementDraft) => boolean,
): number | null {
  const { lower } = context
  const { source } = inner
  const subjectFirst =
    source !== null && source.last === inner.cue.start - 1 && source.start > outer.content.start
  const before = openerBefore(context, outer, (subjectFirst ? source.start : inner.cue.start) - 1)
  const word = lower(before) as string
  // "said that while he accepted A, B": a break that opens the outer content, or its "that" clause, begins a fronted
  // clause of the words reported; nothing of the outer content stands before it, so there is nothing to split off.
  const first = outer.content.start + (lower(outer.content.start) === 'that' ? 1 : 0)
  if (before <= first) return null
  // "with a spokesman saying: '…'" opens words of their own, where "with figures showing…" goes on with the outer ones.
  const opens = PARTICIPLE_OPENERS.has(word) || (word === 'with' && reportsWords(inner))
  const participle = isParticiple(context, inner) && opens
  // A statement with its speaker first, whose content runs to the outer content's end and `counts`: it can answer
  // the end of the outer one.
  const answersOuterEnd = () =>
    subjectFirst &&
    inner.content.start > inner.cue.start &&
    inner.content.last >= outer.content.last &&
    counts(inner)
  // "…, though he admitted B", "… as he warned B": a report with its own speaker, running to the outer content's end.
  const added = addedClauseStart(context, outer.content.start, before)
  if (added !== null && answersOuterEnd() && reportsSpeech(context, inner)) return added
  if (!participle && !CLAUSE_BREAKS.has(word)) return clauseBreakBefore(context, outer.content.start, before)
  // "…claims that he did not trust him, Mr Brown replied: '…'": a statement with a speaker of its own after the
  // comma, kept (not 'Nunu intends' where only words count), whose content runs to the outer content's end answers
  // it; the outer one ends at the comma.
  if (
    word === ',' &&
    answersOuterEnd() &&
    // "warned that if the deal fails, the firm could threaten …": that comma ends a fronted clause, not the report.
    !frontsAdverbialClause(context, outer.content.start, before)
  )
    return before
  if (word === ',' && !participle) return null
  let cut = before
  while (cut > outer.content.start && CLAUSE_BREAKS.has(lower(cut - 1) as string)) cut--
  return cut
}

/**
 * The token that opens the inner clause, at `before` or, past a quote that closes on its comma, that comma: in 'praised
 * her as a "true leader," comparing her to …' the participle is opened by the comma inside the quote.
 */
function openerBefore(context: StatementContext, outer: StatementDraft, before: number): number {
  let t = before
  while (t - 1 > outer.content.start && context.shape(t) === 'q') t--
  return t !== before && context.lower(t) === ',' ? t : before
}

// How far back from the inner statement a joining ", and" or ";" may open its clause ("…, and before he left on
// Tuesday the chancellor told …").
const CLAUSE_REACH = 12

/** Where a clause opened by ", and", ", but" or ";" a few words before `before` starts, or null. */
function clauseBreakBefore(context: StatementContext, from: number, before: number): number | null {
  const { lower } = context
  for (let t = before; t > from && before - t < CLAUSE_REACH; t--) {
    const word = lower(t) as string
    if (word === '.' || word === '"' || word === ':') return null
    const joined = (word === 'and' || word === 'but') && lower(t - 1) === ','
    if (joined || word === ';') return word === ';' ? t : t - 1
  }
  return null
}

/** Whether a cue is a participle: its head, or a word of a cue that holds its own subject ('a spokesperson saying:'). */
function isParticiple(context: StatementContext, draft: StatementDraft): boolean {
  if ((context.lower(draft.cue.head) as string).endsWith('ing')) return true
  for (let t = draft.cue.head; t < draft.cue.end; t++) if (context.pos(t) === 'VG') return true
  return false
}

function isSentenceStart(context: StatementContext, t: number): boolean {
  const sentence = context.parsed.sentences[context.sentenceOf[t] ?? 0]
  if (!sentence) return false
  for (let i = sentence.firstToken; i < t; i++) if (context.isWord[i]) return false
  return true
}
