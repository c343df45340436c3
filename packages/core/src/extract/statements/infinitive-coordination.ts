import { CLAUSE_ENDS } from './content-dangling-end.ts'
import type { StatementContext } from './context.ts'
import type { ContentPlace } from './source-candidates.ts'

// Conjunctions that join a second verb to an infinitive: "to stay and win", "to resign or apologise".
const JOINS = new Set(['and', 'or'])
// How far the joined verb phrase may run.
const REACH = 16

/**
 * A content after its cue that holds an infinitive and stops right before "and" or "or" and a second verb in its
 * base form goes on through that verb's phrase to the end of the clause: "repeated *his plan to sell the boat*
 * and buy a van" gives "his plan to sell the boat and buy a van". The second verb shares the infinitive's "to", so
 * what was said runs on; the learned content tagger, which often stops before a conjunction, cuts it in two.
 * @example throughCoordinatedInfinitive(context, cue, { start: 4, last: 9, side: 'after' }) // { start: 4, last: 13, side: 'after' }
 */
export function throughCoordinatedInfinitive(
  context: StatementContext,
  cue: { end: number },
  content: ContentPlace,
): ContentPlace {
  const { lower, pos } = context
  if (content.side !== 'after' || content.start < cue.end || context.quoteOf[content.last] !== -1)
    return content
  const join = content.last + 1
  const sentence = context.sentenceOf[content.last]
  if (!JOINS.has(lower(join) ?? '') || pos(join + 1) !== 'V' || context.sentenceOf[join + 1] !== sentence)
    return content
  if (!holdsInfinitive(context, content)) return content
  let last = join + 1
  for (let t = join + 2; t <= join + REACH; t++) {
    const word = lower(t)
    if (word === undefined || context.sentenceOf[t] !== sentence || CLAUSE_ENDS.has(word))
      return { ...content, last }
    if (context.isWord[t]) last = t
  }
  return content
}

/** Whether a content holds "to" and a verb in its base form: an infinitive the next verb may share. */
function holdsInfinitive(context: StatementContext, content: ContentPlace): boolean {
  for (let t = content.start; t < content.last; t++)
    if (context.pos(t) === 'TO' && context.pos(t + 1) === 'V') return true
  return false
}
