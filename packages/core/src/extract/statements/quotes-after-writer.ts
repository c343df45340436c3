import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'
import type { StatementContext } from './context.ts'
import {
  byOpening,
  byPlace,
  heldSentences,
  quoteContent,
  quoteGoingOn,
  sentencesOfQuote,
} from './continued-quotes.ts'

// At most this many sentences of the writer's own between a speaker's statement and the quote that goes on with it.
const MAX_BETWEEN = 2

/**
 * Adds the quotes a speaker goes on with after the writer's own sentences: news reports someone, puts in a sentence
 * or two of background, then quotes them again with no cue ('Ann Lee said the club had done well. It was founded
 * in 1901. "We have never had a season like it."'). A sentence that opens with a quote of
 * three words or more running to its end, holds no statement, and comes after at most two sentences of the writer
 * (each ending as a sentence does, so not a heading, naming no other person and holding no statement) after a
 * statement with a speaker, is that speaker's: a direct statement with no cue or source of its own. A quote right
 * after one added so goes on with it too. `continueQuotes` has taken the quotes right after a statement before.
 * @example continueAfterWriter(context, statements, actors).length // statements.length + such quotes
 */
export function continueAfterWriter(
  context: StatementContext,
  statements: readonly Statement[],
  actors: readonly Actor[],
): Statement[] {
  const { taken, lastIn } = heldSentences(context, statements)
  const added = new Set<Statement>()
  for (const quote of byOpening(context.quotes)) {
    const held = sentencesOfQuote(context, quote)
    if (!held || taken.subarray(held.sentence, held.ends + 1).some((x) => x === 1)) continue
    const { sentence, ends } = held
    const before = statementBefore(context, lastIn, added, taken, sentence, actors)
    if (!before || before.speaker === null) continue
    const content = quoteContent(context, quote)
    if (!content) continue
    const statement = quoteGoingOn(before, content, 'after-writer')
    added.add(statement)
    taken.fill(1, sentence, ends + 1)
    lastIn.set(ends, statement)
  }
  if (added.size === 0) return [...statements]
  return [...statements, ...added].sort(byPlace)
}

/**
 * The statement a quote opening `sentence` goes on with: one added here ending in the sentence right before, or any
 * statement with one or two of the writer's sentences between (sentences that hold no statement, end in a stop and
 * name no person but the statement's speaker); null when there is none.
 */
function statementBefore(
  context: StatementContext,
  lastIn: ReadonlyMap<number, Statement>,
  added: ReadonlySet<Statement>,
  taken: Uint8Array,
  sentence: number,
  actors: readonly Actor[],
): Statement | null {
  const right = lastIn.get(sentence - 1)
  if (right) return added.has(right) || right.mode === 'indirect' ? right : null
  for (let between = 1; between <= MAX_BETWEEN && sentence - between - 1 >= 0; between++) {
    const writer = sentence - between
    if (taken[writer] === 1 || !endsInStop(context, writer)) return null
    const statement = lastIn.get(writer - 1)
    if (!statement) continue
    const from = context.parsed.sentences[writer]?.start ?? 0
    const to = context.parsed.sentences[sentence - 1]?.end ?? 0
    return namesOtherPerson(actors, statement.speaker, from, to) ? null : statement
  }
  return null
}

/** Whether a sentence ends in a full stop, question or exclamation mark: a heading or a label does not. */
function endsInStop(context: StatementContext, sentence: number): boolean {
  const last = context.parsed.sentences[sentence]?.lastToken ?? 0
  for (let t = last - 1; t >= last - 3 && t >= 0; t--) {
    const word = context.lower(t) ?? ''
    if (word === '.' || word === '!' || word === '?') return true
    if (word !== '"' && word !== "'" && word !== ')') return false
  }
  return false
}

/** Whether a person other than `speaker` is named in [from, to). */
function namesOtherPerson(
  actors: readonly Actor[],
  speaker: string | null,
  from: number,
  to: number,
): boolean {
  return actors.some(
    (actor) =>
      actor.kind === 'person' &&
      actor.id !== speaker &&
      actor.mentions.some((mention) => mention.start < to && mention.end > from),
  )
}
