import { assembleDraft, type StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'
import { makeCue } from './cue.ts'
import { PAGE_LABELS } from './page-labels.ts'
import { shapeOf } from './shape.ts'
import { trimToWords } from './words.ts'

const DASHES = new Set(['-', '--', '—', '―', '–'])

/**
 * Statements marked by layout rather than by a verb: a transcript line "WALLACE: …" (one to four all-capital words
 * opening the paragraph, or an interview's "A:") speaking for the rest of the paragraph, and a quote signed
 * "'…' ― Name".
 * @example findLayoutStatements(context) // [{ cue: ':' …, source: 'WALLACE', content: 'Let's start …' }]
 */
export function findLayoutStatements(context: StatementContext): StatementDraft[] {
  const drafts: StatementDraft[] = []
  const { tokens, paragraphOf } = context
  for (let t = 0; t < tokens.length; t++) {
    const text = tokens[t]?.text ?? ''
    if (text === ':') {
      const draft = transcriptLine(context, t)
      if (draft) drafts.push(draft)
    } else if (DASHES.has(text)) {
      const draft = signedQuote(context, t)
      if (draft) drafts.push(draft)
    }
  }
  return drafts
  function transcriptLine(context: StatementContext, colon: number): StatementDraft | null {
    let first = colon
    for (let i = colon - 1; i >= 0 && paragraphOf[i] === paragraphOf[colon]; i--) {
      const word = tokens[i]?.text ?? ''
      if (word === '"' || word === "'") break
      const answer = word === 'A' && i === colon - 1
      if ((shapeOf(word) !== 'X' && !answer) || PAGE_LABELS.has(word) || colon - i > 4) return null
      first = i
    }
    const opener = first - 1
    if (first === colon) return null
    if (
      opener >= 0 &&
      paragraphOf[opener] === paragraphOf[colon] &&
      !/^["']$/.test(tokens[opener]?.text ?? '')
    )
      return null
    let end = colon + 1
    while (end < tokens.length && paragraphOf[end] === paragraphOf[colon]) end++
    const words = trimToWords(context, colon + 1, end - 1)
    if (!words) return null
    return assembleDraft(
      context,
      makeCue(context, colon, colon + 1),
      { start: words.start, last: words.last, side: 'after' },
      { start: first, last: colon - 1 },
    )
  }
  function signedQuote(context: StatementContext, dash: number): StatementDraft | null {
    const quote = context.quotes[context.quoteOf[dash - 1] ?? -1]
    if (!quote || quote.end !== dash || !quote.closed) return null
    let last = dash
    for (let i = dash + 1; i < tokens.length && i - dash <= 5 && paragraphOf[i] === paragraphOf[dash]; i++) {
      const shape = shapeOf(tokens[i]?.text ?? '')
      if (shape !== 'Xx' && shape !== 'X' && !(last > dash && /^(?:[a-z]|\.)$/.test(tokens[i]?.text ?? '')))
        break
      last = i
    }
    // A signature ends its line, or goes on with a title or a date: "– Subject: …" heads a list item, and a dash that
    // opens the next paragraph ('"ear popping"' then '- An …') is a bullet.
    if (paragraphOf[dash] !== paragraphOf[dash - 1] || !endsSignature(last + 1)) return null
    const source = trimToWords(context, dash + 1, last)
    const content = trimToWords(context, quote.innerStart, quote.innerEnd - 1)
    if (!source || !content) return null
    return assembleDraft(context, makeCue(context, dash, dash + 1), { ...content, side: 'before' }, source)
  }
  function endsSignature(next: number): boolean {
    const after = tokens[next]
    if (!after || paragraphOf[next] !== paragraphOf[next - 1]) return true
    const gap = context.parsed.view.slice(tokens[next - 1]?.end ?? 0, after.start)
    return gap.includes('\n') || SIGNATURE_GOES_ON.has(after.text)
  }
}

// What may follow a signature's name on its line: a title or a date after a comma, a bracket, a closing dash, or
// where and on what it was said ("– Tom Reed on Twitter", "– Ann Vale in Leeds").
const SIGNATURE_GOES_ON = new Set([
  ',',
  '(',
  '[',
  '.',
  ...DASHES,
  ...'on in at via to for from about during after before speaking writing'.split(' '),
])
