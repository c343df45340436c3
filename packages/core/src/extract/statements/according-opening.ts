import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Words a sentence may open with before "According to": "But according to Reed, …".
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'still'])
// The fewest words after the comma that make a sentence of their own ("prices rise", not "yes").
const MIN_WORDS = 2

/**
 * Whether a draft is "According to X, …" opening its sentence, with its content everything after the comma that
 * closes the source, to the sentence's end: what follows is a sentence of its own, a clause even where the word
 * guesser takes its verb for a noun ("According to Reed, prices rise."; "fires in the hills release smoke").
 * @example opensWithAccordingTo(context, draft) // true for "According to Reed, prices rise."
 */
export function opensWithAccordingTo(context: StatementContext, draft: StatementDraft): boolean {
  const { cue, source, content } = draft
  if (!source || context.lower(cue.start) !== 'according' || context.lower(cue.start + 1) !== 'to')
    return false
  if (source.start !== cue.end || content.start <= source.last) return false
  if (!opensSentence(context, cue.start)) return false
  if (context.lower(content.start - 1) !== ',' || content.start - 1 !== source.last + 1) return false
  return endsSentence(context, content.last) && wordsIn(context, content.start, content.last) >= MIN_WORDS
}

/** Whether only an opener ("But") stands between the start of token t's sentence and t. */
function opensSentence(context: StatementContext, t: number): boolean {
  const sentence = context.sentenceOf[t]
  let first = t
  while (first > 0 && context.sentenceOf[first - 1] === sentence && !context.isWord[first - 1]) first--
  if (first === 0 || context.sentenceOf[first - 1] !== sentence) return true
  const before = first - 1
  return (
    OPENERS.has(context.lower(before) ?? '') &&
    (before === 0 || context.sentenceOf[before - 1] !== sentence || !context.isWord[before - 1])
  )
}

/** Whether no word of token t's sentence comes after it. */
function endsSentence(context: StatementContext, t: number): boolean {
  const sentence = context.sentenceOf[t]
  for (let next = t + 1; next < context.tokens.length && context.sentenceOf[next] === sentence; next++)
    if (context.isWord[next]) return false
  return true
}

function wordsIn(context: StatementContext, first: number, last: number): number {
  let words = 0
  for (let t = first; t <= last; t++) words += context.isWord[t] ?? 0
  return words
}
