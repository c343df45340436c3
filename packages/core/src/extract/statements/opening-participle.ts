import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'

/**
 * The cues left once a sentence-opening participle of speech is dropped where another cue of its sentence reports
 * the words: 'Writing in the Financial Times, Mr Schroeder said …' is one statement, Schroeder's, and the paper
 * it names after "in" is where he wrote, never a speaker. A participle whose sentence has no other cue stays.
 * @example withoutOpeningParticiples(context, cues).length // cues.length - 1 for "Writing in …, X said …"
 */
export function withoutOpeningParticiples(context: StatementContext, cues: readonly Cue[]): Cue[] {
  return cues.filter((cue, index) => {
    if (!isOpeningParticiple(context, cue)) return true
    const next = cues[index + 1]
    return !next || context.sentenceOf[next.start] !== context.sentenceOf[cue.start]
  })
}

/** Whether a cue is one "-ing" word opening its sentence, followed by a preposition: "Writing in …", "Speaking to …". */
function isOpeningParticiple(context: StatementContext, cue: Cue): boolean {
  if (cue.end - cue.start !== 1 || context.pos(cue.start) !== 'VG') return false
  const first = context.parsed.sentences[context.sentenceOf[cue.start] ?? -1]?.firstToken
  return first === cue.start && context.pos(cue.end) === 'I'
}
