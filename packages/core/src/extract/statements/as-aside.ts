import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Marks that close an "as X said" aside before the words it vouches for: "As Ann Lee said, …", "as he said - …".
const ASIDE_ENDS = new Set([',', '-', '—', '–', ':'])

/**
 * Whether a draft's cue closes an aside "as SOURCE said," that opens or sits inside a clause which goes on after it
 * ("As Ann Lee said - any mayor would…", "claiming that, as Mr Reed said, if the cash…"), while its content lies
 * before the "as", and that clause is unfinished there ("that,") or the aside opens the sentence: what the aside
 * vouches for is the clause after it. "The plan is sound, as the minister said." ends its sentence with the aside,
 * and "Taxes are too high, as Mr Reed said, and they must fall" joins a new clause after it: the content before
 * stays in both.
 * @example contentBeforeAside(context, draft) // true for "Mr Reed said" → "The unions remain angry, claiming that"
 */
export function contentBeforeAside(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, source, content } = draft
  if (!source || source.start > cue.start) return false
  const as = asBefore(context, source.start)
  if (as === -1 || content.start > as || content.last >= cue.start) return false
  const after = cue.end
  if (!ASIDE_ENDS.has(context.lower(after) ?? '')) return false
  if (context.sentenceOf[after + 1] !== context.sentenceOf[cue.start] || context.isWord[after + 1] !== 1)
    return false
  // "Taxes are too high, as Mr Reed said, and they must fall": a clause joined after the aside leaves the one before
  // it whole, and the aside vouches for it.
  if (COORDINATORS.has(context.lower(after + 1) ?? '')) return false
  return opensSentence(context, as) || UNFINISHED.has(context.lower(as - 2) ?? '')
}

// Words that join a second clause to a whole one.
const COORDINATORS = new Set(['and', 'but', 'so', 'yet', 'or'])
// Words that leave a clause unfinished before a comma: "claiming that, as Mr Reed said, …".
const UNFINISHED = new Set([
  'that',
  'if',
  'when',
  'because',
  'although',
  'while',
  'whether',
  'since',
  'unless',
])

/** Whether "as" opens its sentence, a conjunction at most before it ("But as Ann Lee said, …"). */
function opensSentence(context: StatementContext, as: number): boolean {
  const sentence = context.sentenceOf[as]
  if (context.sentenceOf[as - 1] !== sentence) return true
  return context.sentenceOf[as - 2] !== sentence && COORDINATORS.has(context.lower(as - 1) ?? '')
}

// The most words of a title between "as" and the source the tagger found ("as Tory spokesman | Ann Lee said").
const LONGEST_TITLE = 3

/** The "as" that opens the aside up to a few words of title before its source, else -1. */
function asBefore(context: StatementContext, start: number): number {
  for (let t = start - 1; t >= 0 && t >= start - 1 - LONGEST_TITLE; t--) {
    if (context.sentenceOf[t] !== context.sentenceOf[start] || context.isWord[t] !== 1) return -1
    if (context.lower(t) === 'as') return t
  }
  return -1
}
