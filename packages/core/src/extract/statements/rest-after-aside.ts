import { countStartingBefore } from '../../parse/count-before.ts'
import { hashText } from '../../parse/hash.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { StatementContext } from './context.ts'
import { reportingClass } from './lexicon.ts'
import { VERB_POS } from './verb-pos.ts'
import { trimToWords } from './words.ts'

// How many tokens the speaker (and a listener or a time: 'told reporters', 'said on Monday') may take on either side
// of the cue inside the aside.
const MAX_ASIDE_SIDE = 6
// The words that join the rest of the reported sentence to the aside: the writer goes on with the speaker's words.
const JOINERS = new Set(['and', 'but', 'although', 'though'])
// Words that open a subject of the rest which a reader takes for the speaker, so its verb says what the speaker did.
const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])
// Verbs by which a speaker keeps something back: the rest is the writer's ('although he declined to say').
const REFUSALS = new Set(['declined', 'refused', 'declines', 'refuses', 'decline', 'refuse'])

/**
 * Splits a reported sentence that the writer interrupts with its attribution and then goes on with ('Costs are only
 * a guess, the mayor said, and could rise.', 'The plan works, she said, but it needs money.'): the words before the
 * aside are the statement, and the rest after its ", and" or ", but" is a second statement of the same speaker and
 * cue. A content that ran on over the aside is cut before it. The rest is not the speaker's words when it says what
 * the speaker did ('…, he said, but declined to give figures', '…, she said, although she would not say when'),
 * holds another statement, or is a single word.
 * @example splitAtAside(context, statements).length // statements.length + the rests found
 */
export function splitAtAside(context: StatementContext, statements: readonly Statement[]): Statement[] {
  const out: Statement[] = []
  // The rests that say what the speaker did ('although he would not say how much'), after their joiner.
  const acts: Span[] = []
  for (const statement of statements) {
    const aside = asideOf(context, statement)
    if (!aside) {
      out.push(statement)
      continue
    }
    const before = trimToWords(context, tokenAt(context, statement.content.start), aside.open - 1)
    if (!before) {
      out.push(statement)
      continue
    }
    const cut: Statement = {
      ...statement,
      content: { start: startOf(context, before.start), end: endOf(context, before.last) },
    }
    out.push(statement.content.end > startOf(context, aside.open) ? withoutParts(cut) : statement)
    const held = statements.flatMap((s) => (s === statement ? [] : [s.content, ...(s.cue ? [s.cue] : [])]))
    const rest = restOf(context, aside.close + 2, held)
    const sentence = context.parsed.sentences[context.sentenceOf[aside.close] ?? -1]
    if (rest === 'act') {
      if (sentence) acts.push({ start: startOf(context, aside.close + 1), end: sentence.end })
    } else if (rest) out.push(restStatement(statement, rest))
  }
  // A cue in such a rest whose content lies back over the aside reads the reported words twice: it is no statement.
  const kept = out.filter(
    (s) =>
      !acts.some(
        (act) => s.cue && s.cue.start >= act.start && s.cue.end <= act.end && s.content.end <= act.start,
      ),
  )
  return kept.sort((a, b) => (a.cue?.start ?? a.content.start) - (b.cue?.start ?? b.content.start))
}

/**
 * The commas around a cue that interrupts its content ('…, Ann Lee told reporters, and …'): the comma before the
 * speaker and the one after the cue, which a joiner follows; null when the statement is not so placed.
 */
function asideOf(context: StatementContext, statement: Statement): { open: number; close: number } | null {
  const { cue } = statement
  if (!cue || statement.source === null) return null
  const { lower, isWord, sentenceOf, quoteOf } = context
  const first = tokenAt(context, cue.start)
  const last = tokenAt(context, cue.end - 1)
  if (reportingClass(context.stem(last) ?? '') !== 'speech' || quoteOf[first] !== -1) return null
  let open = first - 1
  while (open > 0 && first - open <= MAX_ASIDE_SIDE && isWord[open] === 1) open--
  let close = last + 1
  while (close - last <= MAX_ASIDE_SIDE && isWord[close] === 1) close++
  if (lower(open) !== ',' || lower(close) !== ',' || !JOINERS.has(lower(close + 1) ?? '')) return null
  if (sentenceOf[open] !== sentenceOf[close + 1] || quoteOf[open - 1] !== -1) return null
  // The statement's content is the words before the aside (or ran on over it).
  if (tokenAt(context, statement.content.start) >= open) return null
  return { open, close }
}

/**
 * The rest of the sentence from token `from` on: 'act' when it says what the speaker did ('but declined to say',
 * 'although he would not comment'), its span when it reads as the speaker's words (two words or more, none held by
 * another statement), null otherwise.
 */
function restOf(context: StatementContext, from: number, held: readonly Span[]): Span | 'act' | null {
  const { sentenceOf, tokens } = context
  let end = from
  while (end < tokens.length && sentenceOf[end] === sentenceOf[from]) end++
  const words = trimToWords(context, from, end - 1)
  if (!words || words.last === words.start) return null
  const span = { start: startOf(context, words.start), end: endOf(context, words.last) }
  const act = actOfSpeaker(context, words.start, words.last)
  if (act || held.some((h) => h.start < span.end && span.start < h.end)) return act ? 'act' : null
  return span
}

/**
 * Whether words first to last say what the speaker did rather than go on with what they said: a verb right after the
 * joiner, with no subject of its own, or a verb of speech or refusal after a pronoun ('although she would not say').
 */
function actOfSpeaker(context: StatementContext, first: number, last: number): boolean {
  const { pos } = context
  // With no subject of its own, the rest goes on from the reported words only through a modal ('and could rise');
  // a verb right after the joiner says what the speaker did ('but declined to …', 'and added …').
  let verb = first
  if (VERB_POS.has(pos(verb) ?? '') && pos(verb) !== 'M') return true
  if (SUBJECT_WORDS.has(context.lower(verb) ?? '')) verb++
  while (verb <= last && (pos(verb) === 'M' || pos(verb) === 'R' || context.lower(verb) === 'not')) verb++
  return reportingClass(context.stem(verb) ?? '') === 'speech' || REFUSALS.has(context.lower(verb) ?? '')
}

/** The statement of the rest: the speaker, source and cue of the statement it goes on from. */
function restStatement(statement: Statement, content: Span): Statement {
  const { contentParts: _parts, stance: _stance, ...rest } = statement
  return { ...rest, id: `s_${hashText(`${content.start}:${content.end}:rest`)}`, content, mode: 'indirect' }
}

/** A statement whose content is now one piece. */
function withoutParts(statement: Statement): Statement {
  const { contentParts: _parts, ...rest } = statement
  return rest
}

const tokenAt = (context: StatementContext, offset: number): number =>
  Math.max(0, countStartingBefore(context.tokens, offset + 1) - 1)
const startOf = (context: StatementContext, t: number): number => context.tokens[t]?.start ?? 0
const endOf = (context: StatementContext, t: number): number => context.tokens[t]?.end ?? 0
