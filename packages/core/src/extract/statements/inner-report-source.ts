import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'

// What may be left of a source after a report inside it: a short description ("the prime minister", "the firm")
// or a short name ("Mr Tarn"), after an optional "that". Bounded: at most six words of bounded length.
const SUBJECT_LEFT =
  /^(?:that\s+)?((?:(?:the|a|an)\s+(?:[\p{L}'\u2019-]{1,30}\s+){0,4}|\p{Lu}[\p{L}.'\u2019-]{0,30}\s+(?:\p{Lu}[\p{L}.'\u2019-]{0,30}\s+){0,2})[\p{L}'\u2019-]{1,30})$/u

// What may stand between a subject and its verb: nothing, or an adverb or auxiliary ("has also told").
const VERB_NEXT = /^\s*(?:(?:has|have|had|also|then|later|reportedly|once)\s+){0,3}$/

/** An article's statements that have a cue, sorted by where the cue starts, with those cues. */
export interface CuedStatements {
  readonly statements: readonly Statement[]
  readonly cues: readonly Span[]
}

/**
 * The statements with a cue in the order of their cues, so that the reports inside a span are found by a binary
 * search rather than by reading every statement for every source.
 */
export function byCueStart(statements: readonly Statement[]): CuedStatements {
  const cued = statements.filter((statement) => statement.cue !== null)
  cued.sort((a, b) => (a.cue as Span).start - (b.cue as Span).start)
  return { statements: cued, cues: cued.map((statement) => statement.cue as Span) }
}

/**
 * The source of a statement reported inside another's report, when the source model took the whole report as its
 * source: in "A new book by Ed Rolt claims the prime minister told Ms Vale …" or "According to Mr Rolt the prime
 * minister said …" the one who told or said is "the prime minister", the subject left after the other report's cue
 * and source, not the book or Mr Rolt who report it. Only a short subject is taken; else the source stays whole.
 * @example subjectAfterInnerReport(view, statement, byCueStart(statements)) // { start: 49, end: 67 } for "the prime minister"
 */
export function subjectAfterInnerReport(
  view: string,
  statement: Statement,
  cued: CuedStatements,
): Span | undefined {
  const { source, cue } = statement
  // Only a subject of this statement's own verb: "… claims the prime minister told", not "… denied the claims, saying".
  if (!source || !cue || !VERB_NEXT.test(view.slice(source.end, Math.min(cue.start, source.end + 40))))
    return undefined
  if (cue.start < source.end) return undefined
  let cut = -1
  // The reports whose cue lies inside the source: cues start at or after its start, and end by its end.
  for (let i = countStartingBefore(cued.cues, source.start); i < cued.cues.length; i++) {
    const otherCue = cued.cues[i] as Span
    if (otherCue.start >= source.end) break
    const other = cued.statements[i] as Statement
    if (other === statement || otherCue.end > source.end) continue
    const otherEnd =
      other.source && other.source.start >= source.start && other.source.end <= source.end
        ? Math.max(otherCue.end, other.source.end)
        : otherCue.end
    cut = Math.max(cut, otherEnd)
  }
  if (cut < 0 || cut >= source.end) return undefined
  const rest = view.slice(cut, source.end)
  const match = SUBJECT_LEFT.exec(rest.trim())
  if (!match?.[1]) return undefined
  const end = source.end - (rest.length - rest.trimEnd().length)
  return { start: end - match[1].length, end }
}
