import type { Statement } from '../../schemas/statement.ts'

// What may stand between a quote with no speaker and the next quote of the same run: the first quote's closing
// stop, then spaces and quotation marks ('… for us. "It makes …' or '… for us." "It makes …'), never a word, a
// comma or a line break.
const BETWEEN_QUOTES = /^[.!?]?[ \t"'\u201c\u201d\u2018\u2019]{1,8}$/
// How many characters the gap may take, so the test above reads a bounded slice.
const MAX_GAP = 9

/**
 * Gives a quote left without a speaker the speaker named after the quote right after it, in the same paragraph:
 * news runs one person's words over two quotes and names them after the second ('"Turnout will hold. "Our voters
 * are keen," said Ann Lee.'), so a quote with no cue or source of its own, whose words nothing but quotation marks
 * part from a quote whose speaker is named after it, is that speaker's. A quote whose next quote names its speaker
 * before it ('Ann Lee said: "…"'), or names no one, or with words between the two, or a question (an interview's exchange), stays as it was.
 * @example speakerFromNextQuote(statements, view)[0]?.speaker // 'person:ann-lee' for the example above
 */
export function speakerFromNextQuote(statements: readonly Statement[], view: string): Statement[] {
  const byContent = [...statements].sort((a, b) => a.content.start - b.content.start)
  const next = new Map<Statement, Statement>()
  for (let i = 0; i + 1 < byContent.length; i++)
    next.set(byContent[i] as Statement, byContent[i + 1] as Statement)
  return statements.map((statement) => {
    if (statement.speaker !== null || statement.speakerReason !== 'unresolved') return statement
    if (statement.cue || statement.source || statement.mode !== 'direct') return statement
    const after = next.get(statement)
    if (!after?.speaker || after.mode === 'indirect') return statement
    const gap = after.content.start - statement.content.end
    if (gap <= 0 || gap > MAX_GAP) return statement
    const between = view.slice(statement.content.end, after.content.start)
    if (!BETWEEN_QUOTES.test(between)) return statement
    // A question answered by the next quote ('"Will you go?" "No," said Ann Lee.') is the asker's, not hers.
    if (
      between.startsWith('?') ||
      view.slice(Math.max(0, statement.content.end - 1), statement.content.end) === '?'
    )
      return statement
    // The speaker must be named after the second quote ('…," said Ann Lee'), not before it: one named before opens
    // words of their own.
    const named = after.source ?? after.cue
    if (!named || named.start < after.content.end) return statement
    const { speakerReason: _, ...rest } = statement
    return { ...rest, speaker: after.speaker }
  })
}
