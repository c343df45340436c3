import type { Token } from '../../parse/document.ts'
import type { StatementContext } from './context.ts'
import { openQuoteEnd } from './open-quote-source.ts'

/** A quotation: the token ranges of its opening and closing marks, and whether it was closed. */
export interface Quote {
  /** First token of the opening mark. */
  open: number
  /** One past the last token of the closing mark (or of the paragraph, when the quote never closes). */
  end: number
  /** First token inside the marks. */
  innerStart: number
  /** One past the last token inside the marks. */
  innerEnd: number
  /** Double (") or single (') marks. */
  double: boolean
  closed: boolean
}

/** A quote mark as found in the token stream: where it is, how wide, and which way it can face. */
interface Mark {
  token: number
  width: number
  canOpen: boolean
  canClose: boolean
}

const SPACE_BEFORE = /[\s([{—–-]/
const SPACE_AFTER = /[\s)\]}.,;:!?—–-]/

/**
 * Finds the quotations of each paragraph in one linear pass per mark kind.
 * `''` (two apostrophes, as some papers print) counts as a double mark; a lone `'` only when it stands at a word edge,
 * so "Russia's" and "Clintons'" stay words. A quote left open ends with its paragraph, or before its own source
 * (', said Ms Cole'); stray closing marks are ignored.
 * @example findQuotes(view, tokens, paragraphOf) // [{ open: 0, end: 9, innerStart: 1, innerEnd: 8, double: true, closed: true }]
 */
export function findQuotes(view: string, tokens: readonly Token[], paragraphOf: Int32Array): Quote[] {
  const doubles: Mark[] = []
  const singles: Mark[] = []
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token
    if (token.text !== '"' && token.text !== "'") continue
    const next = tokens[t + 1]
    const twoApostrophes = token.text === "'" && next?.text === "'" && next.start === token.end
    const width = twoApostrophes ? 2 : 1
    const last = tokens[t + width - 1] as Token
    const before = token.start > 0 ? view.charAt(token.start - 1) : ' '
    const after = last.end < view.length ? view.charAt(last.end) : ' '
    const canOpen = SPACE_BEFORE.test(before) || before === '"' || before === "'"
    const canClose = !SPACE_BEFORE.test(before) || SPACE_AFTER.test(after) || after === '"' || after === "'"
    const mark = { token: t, width, canOpen: canOpen && !/\s/.test(after), canClose }
    if (token.text === '"' || twoApostrophes) doubles.push(mark)
    else if (mark.canOpen || (mark.canClose && !/[\p{L}\p{N}]/u.test(after))) singles.push(mark)
    t += width - 1
  }
  const quotes = [
    ...pairMarks(doubles, tokens, paragraphOf, true),
    ...pairMarks(singles, tokens, paragraphOf, false),
  ]
  return quotes.sort((a, b) => a.open - b.open)
}

/** Pairs marks in order within each paragraph: an open mark waits for the next mark that can close. */
function pairMarks(
  marks: readonly Mark[],
  tokens: readonly Token[],
  paragraphOf: Int32Array,
  double: boolean,
): Quote[] {
  const quotes: Quote[] = []
  let open: Mark | null = null
  const closeAtParagraphEnd = (mark: Mark) => {
    const paragraph = paragraphOf[mark.token]
    let end = mark.token + mark.width
    while (end < tokens.length && paragraphOf[end] === paragraph) end++
    const before = openQuoteEnd(tokens, mark.token + mark.width, end)
    if (before >= 0) end = before
    quotes.push({
      open: mark.token,
      end,
      innerStart: mark.token + mark.width,
      innerEnd: end,
      double,
      closed: false,
    })
  }
  for (const mark of marks) {
    if (open && paragraphOf[open.token] !== paragraphOf[mark.token]) {
      closeAtParagraphEnd(open)
      open = null
    }
    if (open === null) {
      if (mark.canOpen) open = mark
      continue
    }
    if (mark.canClose || !mark.canOpen) {
      const end = mark.token + mark.width
      quotes.push({
        open: open.token,
        end,
        innerStart: open.token + open.width,
        innerEnd: mark.token,
        double,
        closed: true,
      })
      open = null
    } else {
      // Two opening marks in a row: the first quote was never closed; it ends where the next one starts.
      quotes.push({
        open: open.token,
        end: mark.token,
        innerStart: open.token + open.width,
        innerEnd: mark.token,
        double,
        closed: false,
      })
      open = mark
    }
  }
  if (open) closeAtParagraphEnd(open)
  return quotes
}

// Marks that end a sentence, alone or as the last character of a token ("H.").
const SENTENCE_MARKS = new Set(['.', '!', '?'])

/**
 * Whether a quote closes a sentence of its own, which the segmenter may not split after: it is closed, its last word
 * ends with a sentence mark inside the marks and a capitalised word follows ('…Cell Block H." Labour had…'), where
 * '"Bobby!" at a conference' goes on with its sentence.
 * @example closesItsSentence(context, quote) // true for '"It was bad acting." Labour had…'
 */
export function closesItsSentence(context: StatementContext, quote: Quote): boolean {
  const shape = context.shape(quote.end)
  return (
    quote.closed &&
    SENTENCE_MARKS.has(context.lower(quote.innerEnd - 1)?.slice(-1) ?? '') &&
    (shape === 'Xx' || shape === 'X')
  )
}
