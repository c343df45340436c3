import type { StatementContext } from './context.ts'
import { type Cue, makeCue } from './cue.ts'

/** The prepositions that name what a report is about: "warned of", "complained about". */
const TOPIC = new Set(['of', 'about'])

/** Whether any token of t's sentence is inside a quote: the quote is then the content, "of …" only its topic. */
function quoteInSentence(context: StatementContext, t: number): boolean {
  const sentence = context.sentenceOf[t]
  for (let u = t; u >= 0 && context.sentenceOf[u] === sentence; u--)
    if ((context.quoteOf[u] as number) >= 0) return true
  for (let u = t; u < context.tokens.length && context.sentenceOf[u] === sentence; u++) {
    if ((context.quoteOf[u] as number) >= 0) return true
  }
  return false
}

/**
 * A cue the tagger ended on its word takes the topic preposition right after it ("warned | of higher taxes" →
 * "warned of"), so its content starts after the preposition and is not looked for before the verb; not before a
 * number ("said about 20 …") or in a sentence with a quote, which is then the content ("…,” she said of the race).
 * @example withTopicPreposition(context, cue).end // one token further for "complain of noise"
 */
export function withTopicPreposition(context: StatementContext, cue: Cue): Cue {
  const next = cue.end
  if (!TOPIC.has(context.lower(next) ?? '')) return cue
  if (context.sentenceOf[next] !== context.sentenceOf[cue.start]) return cue
  if (!context.isWord[next + 1] || context.shape(next + 1) === 'd') return cue
  if (quoteInSentence(context, next)) return cue
  return makeCue(context, cue.start, next + 1)
}
