import type { StatementContext } from './context.ts'
import { reportingClass } from './lexicon.ts'

/** The shape of a token: "Xx" capitalised, "x" lower, "X" capitals, "d" digits, "p" punctuation, "q" a quote mark. */
export function shapeOf(text: string): string {
  const c = text.charAt(0)
  if (c === '"' || c === "'") return text.length > 2 ? 'x' : 'q'
  if (/\d/.test(c)) return 'd'
  if (!/\p{L}/u.test(c)) return 'p'
  if (c === c.toLowerCase()) return 'x'
  return text.length > 1 && text === text.toUpperCase() ? 'X' : 'Xx'
}

function bucket(n: number): string {
  if (n < 4) return String(n)
  if (n < 8) return '4-7'
  if (n < 16) return '8-15'
  return '16+'
}

/**
 * The features of token `t` for the cue tagger: its words around it, stems, shape, lexicon class, and where it sits
 * relative to its sentence and to quotations. The same function serves training and tagging.
 * @example cueFeatures(context, 3) // ['b', 'w=said', 's=say', 'p=he', …]
 */
export function cueFeatures(context: StatementContext, t: number): string[] {
  const { lower, stems, sentenceOf, quoteOf, quotes, parsed } = context
  const sentence = parsed.sentences[sentenceOf[t] ?? 0]
  const first = sentence?.firstToken ?? 0
  const last = sentence?.lastToken ?? lower.length
  const word = (i: number) => (i < first ? '<s>' : i >= last ? '</s>' : (lower[i] as string))
  const stem = (i: number) => (i < first ? '<s>' : i >= last ? '</s>' : (stems[i] as string))
  const posAt = (i: number) => (i < first ? '<s>' : i >= last ? '</s>' : (context.pos[i] as string))
  const w = word(t)
  const s = stem(t)
  const p = word(t - 1)
  const n = word(t + 1)
  const lexicon = reportingClass(s) ?? '-'
  const features = [
    'b',
    `w=${w}`,
    `s=${s}`,
    `p=${p}`,
    `n=${n}`,
    `pp=${word(t - 2)}`,
    `nn=${word(t + 2)}`,
    `ps=${stem(t - 1)}`,
    `ns=${stem(t + 1)}`,
    `pw=${p}|${w}`,
    `wn=${w}|${n}`,
    `sn=${s}|${n}`,
    `pws=${p}|${s}`,
    `sh=${shapeOf(context.tokens[t]?.text ?? '')}${t === first ? '^' : ''}`,
    `suf=${w.slice(-3)}`,
    `lex=${lexicon}`,
    `lexn=${lexicon}|${n}`,
    `plex=${reportingClass(stem(t - 1)) ?? '-'}`,
    `nlex=${reportingClass(stem(t + 1)) ?? '-'}`,
    `pos=${posAt(t)}`,
    `pos3=${posAt(t - 1)}|${posAt(t)}|${posAt(t + 1)}`,
    `posn=${posAt(t)}|${posAt(t + 1)}|${posAt(t + 2)}`,
    `posp=${posAt(t - 2)}|${posAt(t - 1)}|${posAt(t)}`,
    `poss=${posAt(t - 1)}|${s}|${posAt(t + 1)}`,
    `at=${bucket(t - first)}`,
    `left=${bucket(last - 1 - t)}`,
  ]
  const layout = layoutFeature(context, t)
  const quote = quoteOf[t] ?? -1
  if (layout) {
    // A transcript line often sits inside a quote that opens the paragraph; the layout, not the quote, decides.
    features.push(layout)
  } else if (quote >= 0) {
    const q = quotes[quote]
    const inside = q !== undefined && t >= q.innerStart && t < q.innerEnd
    features.push(inside ? 'q=in' : 'q=mark', `qs=${s}|${inside ? 'in' : 'mark'}`)
  } else {
    // The words of a quote that closes just before ("…," he said) or opens just after ("said: …") the token.
    let closeBefore = 0
    for (let i = t - 1; i >= Math.max(first, t - 4); i--) {
      const q = quoteOf[i] ?? -1
      if (q >= 0) {
        closeBefore = t - i
        break
      }
    }
    let openAfter = 0
    for (let i = t + 1; i < Math.min(last, t + 4); i++) {
      const q = quoteOf[i] ?? -1
      if (q >= 0) {
        openAfter = i - t
        break
      }
    }
    features.push(`qb=${closeBefore}`, `qa=${openAfter}`, `qbs=${closeBefore > 0}|${s}`, `qas=${openAfter > 0}|${s}`)
  }
  return features
}

const DASHES = new Set(['-', '--', '—', '―', '–'])

/**
 * Layout that marks a speaker without a verb: a transcript's "WALLACE: …" or "A: …" (a colon after one to four
 * capitalised words that open the paragraph, after an opening quote mark at most), or a quote signed "'…' ― Name".
 */
export function layoutFeature(context: StatementContext, t: number): string | null {
  const text = context.tokens[t]?.text ?? ''
  if (text === ':') {
    const paragraph = context.paragraphOf[t]
    let names = 0
    for (let i = t - 1; i >= 0 && context.paragraphOf[i] === paragraph; i--) {
      const before = context.tokens[i]?.text ?? ''
      if (names >= 4) return null
      if (before === '"' || before === "'") continue
      if (shapeOf(before) !== 'X' && shapeOf(before) !== 'Xx') return null
      names++
    }
    return names > 0 ? `layout=colon${names === 1 ? '1' : 'n'}` : null
  }
  if (DASHES.has(text)) {
    const before = context.quotes[context.quoteOf[t - 1] ?? -1]
    const next = shapeOf(context.tokens[t + 1]?.text ?? '')
    if (before && before.end === t && (next === 'Xx' || next === 'X')) return 'layout=signed'
  }
  return null
}
