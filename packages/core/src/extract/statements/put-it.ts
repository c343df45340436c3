import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'
import type { SourcePlace } from './source.ts'
import type { ContentPlace } from './source-candidates.ts'
import { isFiniteVerb } from './words.ts'

// How many tokens the aside may hold between "as" and "put" ("as Ann Lee, a tax lawyer at the firm, later put").
const MAX_ASIDE = 24
// How many tokens may follow "put it" before the comma that closes an aside ("put it in a statement last week,").
const MAX_TAIL = 12
// Auxiliaries that may come before "put": "as Ann has put it".
const PERFECT = new Set(['has', 'have', 'had'])
// Marks that open the aside before "as", and close it after "put it" when words follow.
const ASIDE_MARKS = new Set([',', '(', ')', '-', '--', '—', '–', ':'])
// Words that may stand between a sentence's start and an aside that opens it ("But as Ann put it, …").
const OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'still'])

/** One "as SOURCE put it" aside: its "as", its "put" and which side of it the words it vouches for lie on. */
interface PutItAside {
  as: number
  put: number
  side: 'before' | 'after'
  /** The mark that closes the aside, where the words after it start looking. */
  close: number
}

/**
 * The "as SOURCE put it" aside whose "put" is at t, or null: "as" some words back in the same sentence with no verb
 * of its own between (an auxiliary at most: "as Ann has put it"), after a comma, a dash or the sentence's start; "it"
 * right after "put". The words it vouches for come after it when the
 * aside opens its sentence and a comma goes on to them ("As Ann put it, the plan is dead."), before it when it ends
 * its sentence ("The plan is dead, as Ann put it."); an aside in the middle of a clause is left out.
 */
function putItAside(context: StatementContext, t: number): PutItAside | null {
  const { lower, sentenceOf } = context
  if (lower(t) !== 'put' || lower(t + 1) !== 'it' || context.quoteOf[t] !== -1) return null
  const sentence = sentenceOf[t]
  let as = -1
  for (let k = t - 2; k >= Math.max(0, t - 1 - MAX_ASIDE) && sentenceOf[k] === sentence; k--) {
    if (lower(k) === 'as') {
      as = k
      break
    }
    if (isFiniteVerb(context, k) && !PERFECT.has(lower(k) ?? '')) return null
  }
  if (as < 0) return null
  const opens =
    sentenceOf[as - 1] !== sentence || (OPENERS.has(lower(as - 1) ?? '') && sentenceOf[as - 2] !== sentence)
  // A quote may close right before the aside: 'a "clean record," as the memo put it'.
  let mark = as - 1
  while (mark > 0 && context.shape(mark) === 'q' && sentenceOf[mark] === sentence) mark--
  const before = sentenceOf[mark] === sentence ? (lower(mark) ?? '') : ''
  if (endsSentence(context, t + 2)) {
    return !opens && ASIDE_MARKS.has(before) ? { as, put: t, side: 'before', close: t + 2 } : null
  }
  // The aside's closing mark, past a few words of where and when it was put ("put it in a statement,").
  for (
    let k = t + 2;
    k < Math.min(context.tokens.length, t + 2 + MAX_TAIL) && sentenceOf[k] === sentence;
    k++
  ) {
    if (ASIDE_MARKS.has(lower(k) ?? '')) {
      if (sentenceOf[k + 1] !== sentence || !(opens || before === ',')) return null
      return { as, put: t, side: 'after', close: k }
    }
    if (isFiniteVerb(context, k)) return null
  }
  return null
}

/** Whether token t ends its sentence: it is in the next one, or only marks close the sentence from t on. */
function endsSentence(context: StatementContext, t: number): boolean {
  const sentence = context.sentenceOf[t - 1]
  for (let k = t; k < context.tokens.length && context.sentenceOf[k] === sentence; k++)
    if (context.isWord[k]) return false
  return true
}

/**
 * Cues of an aside "as SOURCE put it" that vouches for the words of its sentence, before or after it ("The deal is, as
 * one aide put it, a gamble."): the learned tagger rarely tags "put it", a phrasal verb of saying. "He put it on the
 * table" has no "as" before it and stays out. Returns only cues that overlap none of `found`.
 * @example findPutItCues(context, []) // [{ start: 8, end: 10, … }] for "put it" in "The plan is dead, as Ann Lee put it."
 */
export function findPutItCues(context: StatementContext, found: readonly Cue[]): Cue[] {
  const cues: Cue[] = []
  for (let t = 1; t < context.tokens.length - 1; t++) {
    if (!putItAside(context, t)) continue
    if (found.some((cue) => cue.start <= t + 1 && t < cue.end)) continue
    cues.push(makeCue(context, t, t + 2))
  }
  return cues
}

/**
 * The content of an "as SOURCE put it" cue: the rest of its sentence after the aside when the aside opens it, or the
 * sentence up to the mark before "as" when the aside ends it. Null for another cue.
 * @example putItContent(context, cue) // { start: 0, last: 3, side: 'before' } for "The plan is dead, as Ann put it."
 */
export function putItContent(context: StatementContext, cue: Cue): ContentPlace | null {
  let put = -1
  for (let t = cue.start; t < cue.end; t++) if (context.lower(t) === 'put') put = t
  const aside = put < 0 ? null : putItAside(context, put)
  if (!aside) return null
  const sentence = context.sentenceOf[put]
  const words: number[] = []
  if (aside.side === 'after') {
    for (let t = aside.close + 1; t < context.tokens.length && context.sentenceOf[t] === sentence; t++)
      if (context.isWord[t]) words.push(t)
  } else {
    // The clause before the aside, from the comma after which it has a verb of its own: "…, because while most
    // firms must pay, the main test is a clean record, as the memo put it."
    let verb = false
    for (let t = aside.as - 2; t >= 0 && context.sentenceOf[t] === sentence; t--) {
      if (context.lower(t) === ',' && context.quoteOf[t] === -1 && verb) break
      if (isFiniteVerb(context, t)) verb = true
      if (context.isWord[t]) words.unshift(t)
    }
  }
  const start = words[0]
  const last = words.at(-1)
  return start === undefined || last === undefined ? null : { start, last, side: aside.side }
}

/**
 * The source of an "as SOURCE put it" cue: the words between "as" and "put", less the adverbs and the auxiliary right
 * before "put" ("as Ann Lee, a tax lawyer, recently put it" → "Ann Lee, a tax lawyer"). The source ranker, trained
 * on subjects right before their verb, takes the adverb or the last phrase of the aside. Any other source as it is.
 * @example putItSource(context, cue, null) // { start: 1, last: 2 } for "As Ann Lee recently put it, …"
 */
export function putItSource(
  context: StatementContext,
  cue: Cue,
  source: SourcePlace | null,
): SourcePlace | null {
  let put = -1
  for (let t = cue.start; t < cue.end; t++) if (context.lower(t) === 'put') put = t
  const aside = put < 0 ? null : putItAside(context, put)
  if (!aside) return source
  let last = aside.put - 1
  while (
    last > aside.as &&
    (context.pos(last) === 'R' || PERFECT.has(context.lower(last) ?? '') || !context.isWord[last])
  )
    last--
  return last > aside.as ? { start: aside.as + 1, last } : source
}
