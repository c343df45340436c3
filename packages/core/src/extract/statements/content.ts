import { clauseAroundAside } from './clause-aside.ts'
import { completeClause } from './clause-rest.ts'
import { startAtComplement } from './complement-start.ts'
import { CONTENT_SIDES, contentSides } from './content-candidates.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { withExistentialThere } from './existential-there.ts'
import { groupAsideContent } from './group-aside.ts'
import { pastInnerQuote } from './inner-quote.ts'
import { interposedContent } from './interposed.ts'
import { LISTENER_VERBS } from './lexicon.ts'
import { withMainClause } from './main-clause.ts'
import { type StatementsModel, scoreFeatures } from './model.ts'
import { namedAsideContent } from './named-aside.ts'
import { afterNamedAudience } from './named-audience.ts'
import { endBeforeSpeechParticiple } from './participle-end.ts'
import { quoteBeforeSource } from './quote-before-source.ts'
import { closesItsSentence } from './quotes.ts'
import { relativeClauseContent } from './relative-cue.ts'
import type { ContentPlace } from './source-candidates.ts'
import { candidateSpans, chooseByRisk } from './span-choice.ts'
import {
  type Boundaries,
  decodeSpan,
  type ScoredSide,
  type Scorer,
  type SpanChoice,
  scoreSide,
} from './span-decoder.ts'
import { stemWord } from './stem.ts'
import { endBeforeMainClause } from './subordinate-cue.ts'
import { endBeforeSubject, trailingComma } from './trailing.ts'
import { VERB_POS } from './verb-pos.ts'
import { FINITE_POS, trimToWords } from './words.ts'
import { withoutWriterClause } from './writer-clause.ts'

/**
 * Picks the content of a cue: the side (after, before or around it) whose best span scores highest, then within that
 * side the minimum-risk span among its best ones, a clause ("that …", "whether …") holding a verb. `sides` limits the
 * sides considered (an inverted "…, said Batchelder." looks before the cue only). Null when no side has a word.
 * @example findContent(context, model, cue, window, description) // { start: 4, last: 12, side: 'after' }
 */
export function findContent(
  context: StatementContext,
  model: StatementsModel,
  cue: Cue,
  window: TokenWindow,
  description: number[],
  sides: ReadonlySet<string> = ALL_SIDES,
): ContentPlace | null {
  const score: Scorer = (seed, features, from, to) => scoreFeatures(model.content, seed, features, from, to)
  let chosen: { scored: ScoredSide; best: SpanChoice; index: number } | null = null
  const cache = new Map<Boundaries, Float64Array>()
  contentSides(context, cue, window, description).forEach((side, index) => {
    if (!sides.has(side.name)) return
    const scored = scoreSide(side, score, cache)
    const best = decodeSpan([scored])
    if (best.side >= 0 && (!chosen || best.score > chosen.best.score)) chosen = { scored, best, index }
  })
  const aside =
    interposedContent(context, cue, window) ??
    groupAsideContent(context, cue, window) ??
    namedAsideContent(context, cue, window) ??
    clauseAroundAside(context, cue, window)
  if (aside) return aside
  if (!chosen) return null
  const trailing = trailingComma(context, cue, window)
  const { scored, best, index } = chosen as { scored: ScoredSide; best: SpanChoice; index: number }
  const spans = [...candidateSpans(scored, 0, 4, 6), best]
  // "that even during a meeting two months ago" stops too early: a clause holds a verb.
  const verbs = verbCounter(context, window)
  const clauses = spans.filter(
    (span) => !CLAUSE_OPENERS.has(context.lower(span.start) as string) || verbs(span.start, span.end) > 0,
  )
  const risked = chooseByRisk(clauses.length > 0 ? clauses : spans, model.temperature) ?? best
  const choice = pastInnerQuote(context, scored, risked)
  const place = { start: choice.start, last: choice.end, side: CONTENT_SIDES[index] ?? 'after' }
  const quoted = quoteBeforeSource(context, cue, place, window)
  if (quoted) return quoted
  if (trailing >= 0)
    return endBeforeSubject(context, place, trailing, window) ?? settleContent(context, cue, place)
  const settled = withMainClause(
    context,
    completeClause(context, cue, settleContent(context, cue, place), window),
    window,
  )
  const own = relativeClauseContent(context, cue, settled, window)
  return (
    own &&
    startAtComplement(
      context,
      afterNamedAudience(
        context,
        cue,
        endBeforeSpeechParticiple(context, endBeforeMainClause(context, cue, own, window)),
      ),
    )
  )
}

/**
 * Corrects a chosen content where the words around the cue say where it lies: a quote that opens right after the cue
 * ('saying "…"', 'told the BBC: "…"', 'said of the award: "…"') is the content, all of it and no more, whatever side the
 * model chose.
 * @example settleContent(context, cue, { start: 9, last: 30, side: 'around' }) // { start: 14, last: 30, side: 'after' }
 */
export function settleContent(context: StatementContext, cue: Cue, place: ContentPlace): ContentPlace {
  const quoted = place.side === 'before' ? null : quoteAfterCue(context, cue)
  if (quoted && !(place.side === 'around' && quotedBefore(context, cue, place))) {
    // A content that starts with a closed quote and ends in a quote runs on over the speaker's next quotes
    // ('said: "…," he said. "…"'): it stays. An unclosed one ends where the next opens, each a statement.
    const runsOn =
      quoted.closed &&
      place.start === quoted.start &&
      place.last > quoted.last &&
      context.quoteOf[place.last] !== -1
    if (!runsOn) return { start: quoted.start, last: quoted.last, side: 'after' }
  }
  if (place.side === 'around' && quotedBefore(context, cue, place))
    return endAtResumedQuote(context, cue, place)
  if (place.side !== 'after') return place
  const object = withoutNextPredicate(context, withExistentialThere(context, place, cue.end))
  return withNegation(context, withoutWriterClause(context, object))
}

/**
 * An interrupted quote ends with the quote that resumes it after the cue: '"…," he said. "…. "…"' is one statement
 * up to the second quote's end; the quotes after it are the speaker's next paragraphs, each a statement of its own.
 * A quote that no quote resumes and that closed on a comma, or right before the cue, is all that was said: the words
 * after the cue describe the speaker ('"…," said Ian Fogg, an analyst with a research firm.').
 */
function endAtResumedQuote(context: StatementContext, cue: Cue, place: ContentPlace): ContentPlace {
  for (let t = cue.end; t <= place.last; t++) {
    const quote = context.quotes[context.quoteOf[t] ?? -1]
    if (!quote || quote.open < cue.end) continue
    if (quote.end - 1 >= place.last) return place
    const words = trimToWords(context, place.start, quote.innerEnd - 1)
    return words ? { ...words, side: place.side } : place
  }
  const before = context.quotes[context.quoteOf[place.start] ?? -1]
  if (!before || before.end > cue.start) return place
  // A quote that did not close on a comma, with the speaker named between it and the cue, is the last speaker's:
  // what this cue reports is the clause after it ('"…." Mr Cole said prices would rise.').
  const closedOnComma = context.lower(before.innerEnd - 1) === ',' || context.lower(before.end) === ','
  let named = false
  for (let t = before.end; t < cue.start && !named; t++) named = context.isWord[t] === 1
  const clauseAfter = named && !closedOnComma
  const words = clauseAfter
    ? trimToWords(context, cue.end, place.last)
    : trimToWords(context, place.start, before.innerEnd - 1)
  return words ? { ...words, side: clauseAfter ? 'after' : 'before' } : place
}

/**
 * A content that is an infinitive after "not" or "never" keeps its negation ('telling residents not to drink the
 * water' said "not to drink the water", never "to drink the water").
 */
function withNegation(context: StatementContext, place: ContentPlace): ContentPlace {
  const before = context.lower(place.start - 1) ?? ''
  if (context.lower(place.start) !== 'to' || (before !== 'not' && before !== 'never')) return place
  return { ...place, start: place.start - 1 }
}

/**
 * A content that is the cue's object, a noun phrase, ends before the subject's next predicate: 'announced a
 * resignation in August and then persuaded the party…' said "a resignation in August". A content with a verb of
 * its own before the "and" is a clause and keeps its coordination ('said prices rose and wages fell').
 */
function withoutNextPredicate(context: StatementContext, place: ContentPlace): ContentPlace {
  for (let t = place.start; t <= place.last; t++) {
    const pos = context.pos(t) ?? ''
    if (FINITE_POS.has(pos) || pos === 'V' || context.quoteOf[t] !== -1) return place
    if (context.lower(t) !== 'and' || t === place.start) continue
    let next = t + 1
    while (next <= place.last && context.pos(next) === 'R') next++
    if (!FINITE_POS.has(context.pos(next) ?? '')) continue
    const cut = trimToWords(context, place.start, t - 1)
    return cut ? { ...cut, side: place.side } : place
  }
  return place
}

// How far after a cue a colon may introduce its quote ('told BBC Radio 4's Today programme: "…"').
const AUDIENCE_REACH = 12
// What ends the phrase between a cue and its quote: a verb ('defended the remark, saying "…"'), a clause opener
// ('said that under Obama, "…"': the clause is the content).
const PHRASE_ENDS = new Set(['V', 'VD', 'VG', 'M', 'W'])
const CLAUSE_OPENING = new Set(['that', 'whether', 'if'])
// Verbs whose object is the audience, which a comma may close before the quote ('told host Ann Cole, "…"').
const TELLS = new Set([...LISTENER_VERBS, ...['told', 'ask'].map(stemWord)])
// Words after a quote that open another clause ('saying "…" as she left'), so the quote was all that was said.
const NEXT_CLAUSE = new Set([
  'as',
  'when',
  'until',
  'while',
  'because',
  'before',
  'after',
  'since',
  'and',
  'but',
  'then',
])

/**
 * The words of the quote that opens right after a cue, or after a colon that closes a short phrase without a verb
 * (the audience, the topic: 'told BBC Radio 4: "…"', 'said of the award: "…"'), or a comma after the audience of
 * "told", in the cue's sentence; null when no quote opens there. A quote that goes on into its clause ('highlighted
 * "deeply worrying" cases', 'told "Morning Live" host Ann Cole, "…"') is part of a phrase, not what was said.
 */
function quoteAfterCue(
  context: StatementContext,
  cue: Cue,
): { start: number; last: number; closed: boolean } | null {
  const sentence = context.sentenceOf[cue.end - 1]
  const limit = Math.min(context.tokens.length, cue.end + AUDIENCE_REACH)
  const tells = TELLS.has(context.stem(cue.head) ?? '')
  for (let t = cue.end; t < limit; t++) {
    const quote = context.quotes[context.quoteOf[t] ?? -1]
    if (context.sentenceOf[t] !== sentence || PHRASE_ENDS.has(context.pos(t) ?? '')) return null
    if (CLAUSE_OPENING.has(context.lower(t) ?? '')) return null
    if (!quote) continue
    if (quote.open !== t) return null
    const words = trimToWords(context, quote.innerStart, quote.innerEnd - 1)
    if (!words) return null
    const before = context.lower(t - 1) ?? ''
    const opens = t === cue.end || before === ':' || (before === ',' && (t === cue.end + 1 || tells))
    if (opens && (endsClause(context, quote.end) || closesItsSentence(context, quote)))
      return { ...words, closed: quote.closed }
    t = quote.end - 1
  }
  return null
}

/**
 * Whether what follows a quote leaves it a clause of its own: the end of the sentence, a mark, or a word that opens
 * another clause; a word that goes on with the phrase ('"deeply worrying" cases') does not.
 */
function endsClause(context: StatementContext, after: number): boolean {
  return (
    after >= context.tokens.length ||
    context.sentenceOf[after] !== context.sentenceOf[after - 1] ||
    !context.isWord[after] ||
    NEXT_CLAUSE.has(context.lower(after) ?? '')
  )
}

/** Whether an around content starts inside a quote that opens before its cue ('"…," he said: "…"'). */
function quotedBefore(context: StatementContext, cue: Cue, place: ContentPlace): boolean {
  const quote = context.quotes[context.quoteOf[place.start] ?? -1]
  return quote !== undefined && quote.open < cue.start
}

const ALL_SIDES: ReadonlySet<string> = new Set(CONTENT_SIDES)

// Words that open a reported clause, which must then hold a verb.
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if'])

/** Counts the verb-like tokens in [first, last] of a window in O(1) after one pass over the window. */
function verbCounter(
  context: StatementContext,
  window: TokenWindow,
): (first: number, last: number) => number {
  // Counted on the first question: most cues' candidates open no clause, and ask none.
  let prefix: Int32Array | null = null
  return (first, last) => {
    if (prefix === null) {
      prefix = new Int32Array(window.to - window.from + 1)
      for (let t = window.from; t < window.to; t++) {
        prefix[t - window.from + 1] =
          (prefix[t - window.from] as number) + (VERB_POS.has(context.pos(t) as string) ? 1 : 0)
      }
    }
    return (prefix[last - window.from + 1] as number) - (prefix[first - window.from] as number)
  }
}
