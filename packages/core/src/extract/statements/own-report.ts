import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'

// What ends a content cut before a report it holds: spaces, commas and dashes, then one joining word the writer adds
// ('…, after Acme said', '… and Acme said'). The marks are stripped by a loop: a `[…]+$` regex retries every start
// in a long run of them, which is quadratic.
const TRAILING_MARKS = new Set([',', ';', ':', '—', '–', '-'])
const JOINING_WORD =
  /\s(?:and|but|or|after|before|as|while|when|since|because|though|although|until|whereas)$/i

/**
 * Statements whose paraphrased content holds another report by the same speaker, its source and cue, ended before
 * that report: 'Acme will cut jobs, the firm said, after Acme said last week that sales fell' gives the firm's
 * words as 'Acme will cut jobs'; the later report keeps its own. The speaker does not report themselves reporting;
 * the words from their own source on are the writer's. A content that runs into another report's source and stops
 * short of its cue ends before that source too. Quoted contents, and another speaker's whole report inside a
 * content ('said Mr Hale had told her that …'), are left alone.
 * @example endBeforeOwnReport(view, statements)[0]?.content // { start: 0, end: 20 }
 */
export function endBeforeOwnReport(view: string, statements: readonly Statement[]): Statement[] {
  return statements.map((statement) => {
    if (statement.mode !== 'indirect' || !statement.cue) return statement
    const { content, cue } = statement
    let cut = content.end
    // An indexed loop: this reads every statement again for each one, and an iterator's results were most of
    // what it allocated.
    for (let k = 0; k < statements.length; k++) {
      const other = statements[k] as Statement
      if (other === statement || !other.cue) continue
      const from = Math.min(other.source?.start ?? other.cue.start, other.cue.start)
      if (from <= cue.end || from <= content.start || from >= content.end) continue
      const own =
        statement.speaker !== null && other.speaker === statement.speaker && other.cue.end <= content.end
      // Another speaker's source the content ran into, stopping short of its cue: '… cut jobs, and Acme | said'.
      const intoSource = other.source !== null && other.cue.start >= content.end
      if (own || intoSource) cut = Math.min(cut, from)
    }
    return cut === content.end ? statement : cutContent(view, statement, cut)
  })
}

/** The statement with its content (and parts) ended before character `cut`, or as it is when no words would stay. */
function cutContent(view: string, statement: Statement, cut: number): Statement {
  const end = wordsEnd(view, statement.content.start, cut)
  if (end <= statement.content.start) return statement
  const content = { start: statement.content.start, end }
  const parts = statement.contentParts
    ?.filter((part) => part.start < end)
    .map((part): Span => ({ start: part.start, end: Math.min(part.end, end) }))
    .filter((part) => part.end > part.start)
  const { contentParts: _, ...rest } = statement
  if (parts && parts.length > 1) return { ...rest, content, contentParts: parts }
  return { ...rest, content: parts?.[0] ?? content }
}

/**
 * Where the words before `cut` end, past trailing marks and one joining word, or `start` when no comma, semicolon or
 * dash sets the report off: 'admitted he misled MPs when he denied …' reports his denial as part of what he admitted.
 */
function wordsEnd(view: string, start: number, cut: number): number {
  const before = view.slice(start, cut).trimEnd()
  const text = withoutTrailingMarks(before.replace(JOINING_WORD, ''))
  if (!/[,;—–-]/.test(before.slice(text.length))) return start
  return start + text.length
}

/** `text` without the spaces and marks of `TRAILING_MARKS` at its end. */
function withoutTrailingMarks(text: string): string {
  let end = text.length
  while (end > 0 && (TRAILING_MARKS.has(text[end - 1] as string) || /\s/.test(text[end - 1] as string))) end--
  return text.slice(0, end)
}
