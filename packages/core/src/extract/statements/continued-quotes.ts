import { countStartingBefore } from '../../parse/count-before.ts'
import { hashText } from '../../parse/hash.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { StatementContext } from './context.ts'
import type { Quote } from './quotes.ts'
import { trimToWords } from './words.ts'

/**
 * Adds the quotes that go on after a quoted statement in sentences of their own: news gives a speaker's words
 * sentence after sentence and paragraph after paragraph, naming the speaker once ("'…,' he said." then "'…'" alone).
 * A sentence that opens with a quote of three words or more running to its end, and holds no other statement's cue
 * or content, right after a sentence whose last statement quoted someone (or reported them in the quote's own
 * paragraph), is that speaker's too: a direct statement with no cue or source of its own and the same speaker. A quote
 * left open at the end of a paragraph goes on in the next one's opening quote: that is one statement in parts.
 * Statements come back in order.
 * @example continueQuotes(context, statements).length // statements.length + the quotes that follow them alone
 */
export function continueQuotes(context: StatementContext, statements: readonly Statement[]): Statement[] {
  const { taken, lastIn } = heldSentences(context, statements)
  const added: Statement[] = []
  // Statements whose quote goes on in the next paragraph, to the statement that holds the whole quote.
  const joins = new Map<Statement, Statement>()
  for (const quote of byOpening(context.quotes)) {
    const held = sentencesOfQuote(context, quote)
    if (!held || taken.subarray(held.sentence, held.ends + 1).some((x) => x === 1)) continue
    const { sentence, ends } = held
    const before = lastIn.get(sentence - 1)
    if (!before || (before.mode === 'indirect' && !sameParagraph(context, before, quote.open))) continue
    const content = quoteContent(context, quote)
    if (!content) continue
    if (leftOpenBefore(context, before, quote.open)) {
      // One quote over two paragraphs: the writer left it open, so the next paragraph's quote is its rest.
      const joined = joinQuote(before, content)
      joins.set(before, joined)
      taken.fill(1, sentence, ends + 1)
      lastIn.set(ends, joined)
      continue
    }
    const statement = quoteGoingOn(before, content, 'continued')
    added.push(statement)
    taken.fill(1, sentence, ends + 1)
    lastIn.set(ends, statement)
  }
  if (added.length === 0 && joins.size === 0) return [...statements]
  return [...statements, ...added].map((statement) => finalJoin(joins, statement)).sort(byPlace)
}

/** The statement a statement became through its joins, one paragraph after another. */
function finalJoin(joins: ReadonlyMap<Statement, Statement>, statement: Statement): Statement {
  let current = statement
  for (let next = joins.get(current); next !== undefined; next = joins.get(current)) current = next
  return current
}

/**
 * Whether a quoted statement's quote is left open at the end of the paragraph right before `open`: news marks a
 * quote that runs on into the next paragraph by leaving out the closing mark and opening the next paragraph with
 * one ('He said: "We played well.' then '"The young players …"'), so both are one statement.
 */
function leftOpenBefore(context: StatementContext, statement: Statement, open: number): boolean {
  if (statement.mode !== 'direct') return false
  const t = Math.max(0, countStartingBefore(context.tokens, statement.content.end) - 1)
  const quote = context.quotes[context.quoteOf[t] ?? -1]
  if (!quote || quote.closed) return false
  return context.paragraphOf[open] === (context.paragraphOf[t] ?? -2) + 1
}

/**
 * A statement whose content runs on to the end of `rest`, as one more content part: the marks, paragraph breaks and
 * any words of the writer between the parts are not in any part.
 * @example joinQuote(statement, rest).contentParts // statement's parts (or its content), then rest
 */
export function joinQuote(statement: Statement, rest: { start: number; end: number }): Statement {
  const parts = statement.contentParts?.length ? statement.contentParts : [statement.content]
  return {
    ...statement,
    content: { start: statement.content.start, end: rest.end },
    contentParts: [...parts, rest],
  }
}

/**
 * The sentences statements hold (`taken`: 1 where a content or cue lies) and the last statement ending in each
 * sentence (`lastIn`), for the stages that add the quotes a speaker goes on with.
 */
export function heldSentences(
  context: StatementContext,
  statements: readonly Statement[],
): { taken: Uint8Array; lastIn: Map<number, Statement> } {
  const taken = new Uint8Array(context.parsed.sentences.length)
  const lastIn = new Map<number, Statement>()
  for (const statement of [...statements].sort((a, b) => a.content.end - b.content.end)) {
    for (const span of [statement.content, statement.cue]) {
      if (span) taken.fill(1, sentenceAt(context, span.start), sentenceAt(context, span.end - 1) + 1)
    }
    lastIn.set(sentenceAt(context, statement.content.end - 1), statement)
  }
  return { taken, lastIn }
}

/** The quotes in the order they open. */
export const byOpening = (quotes: readonly Quote[]): Quote[] => [...quotes].sort((a, b) => a.open - b.open)

/**
 * The sentences a quote stands in alone: it opens sentence `sentence` (not the first) and runs to the end of
 * sentence `ends`; undefined when it opens or ends inside one.
 */
export function sentencesOfQuote(
  context: StatementContext,
  quote: Quote,
): { sentence: number; ends: number } | undefined {
  const sentences = context.parsed.sentences
  const sentence = context.sentenceOf[quote.open] ?? -1
  const first = sentences[sentence]
  if (!first || sentence < 1 || first.firstToken !== quote.open) return undefined
  const ends = context.sentenceOf[Math.max(quote.open, quote.end - 1)] ?? sentence
  const last = sentences[ends]
  if (!last || quote.end < last.lastToken - 1) return undefined
  return { sentence, ends }
}

/** The words inside a quote, from its first to its last word, when they are three or more. */
export function quoteContent(
  context: StatementContext,
  quote: Quote,
): { start: number; end: number } | undefined {
  const words = trimToWords(context, quote.innerStart, quote.innerEnd - 1)
  if (!words || wordCount(context, words.start, words.last) < 3) return undefined
  return { start: context.tokens[words.start]?.start ?? 0, end: context.tokens[words.last]?.end ?? 0 }
}

/**
 * A quote that goes on with `before`: a direct statement of the same speaker, with no cue or source of its own;
 * `tag` keeps its id apart from other stages' statements of the same content.
 */
export function quoteGoingOn(
  before: Statement,
  content: { start: number; end: number },
  tag: string,
): Statement {
  return {
    id: `s_${hashText(`${content.start}:${content.end}:${tag}`)}`,
    speaker: before.speaker,
    ...(before.speaker === null ? { speakerReason: before.speakerReason ?? 'unresolved' } : {}),
    source: null,
    cue: null,
    content,
    mode: 'direct',
    negated: false,
  }
}

// Statements are in the order of their cues; a continued quote, without one, by its content.
const placeOf = (statement: Statement) => statement.cue?.start ?? statement.content.start
export const byPlace = (a: Statement, b: Statement) => placeOf(a) - placeOf(b)

/**
 * Whether a quote opens in the paragraph where a statement ends: a quote right after an indirect report goes on with
 * it there ('He said he would run. "I am a fighter."'), where a paragraph of its own may be anyone's.
 */
function sameParagraph(context: StatementContext, statement: Statement, open: number): boolean {
  const t = Math.max(0, countStartingBefore(context.tokens, statement.content.end) - 1)
  return context.paragraphOf[t] === context.paragraphOf[open]
}

/** The sentence of the token at a character offset. */
function sentenceAt(context: StatementContext, offset: number): number {
  const t = Math.max(0, countStartingBefore(context.tokens, offset + 1) - 1)
  return context.sentenceOf[t] ?? 0
}

/** How many words tokens first to last hold. */
function wordCount(context: StatementContext, first: number, last: number): number {
  let count = 0
  for (let t = first; t <= last; t++) count += context.isWord[t] ?? 0
  return count
}
