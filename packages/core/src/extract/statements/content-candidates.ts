import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { shapeOf } from './cue-features.ts'
import { wordClass } from './word-class.ts'
import { wordsBetween } from './words.ts'
import type { Side } from './span-decoder.ts'

/** The sides a content can take relative to its cue. */
export const CONTENT_SIDES = ['after', 'before', 'around'] as const

function bucket(n: number): string {
  if (n < 3) return String(n)
  if (n < 6) return '3-5'
  if (n < 12) return '6-11'
  if (n < 25) return '12-24'
  return '25+'
}

/** Whether token t is a quote mark that opens (+1) or closes (-1) a quotation, else 0. */
function quoteEdge(context: StatementContext, t: number): number {
  const quote = context.quotes[context.quoteOf[t] ?? -1]
  if (!quote) return 0
  if (t < quote.innerStart) return 1
  if (t >= quote.innerEnd) return -1
  return 0
}

/** The cue's own features, shared by every side: its head stem, its neighbours, quotes beside it. */
export function cueDescription(context: StatementContext, cue: Cue, window: TokenWindow): string[] {
  const { lower, stems } = context
  const head = stems[cue.head] as string
  const before = cue.start > window.from ? (lower[cue.start - 1] as string) : '<w>'
  const after = cue.end < window.to ? (lower[cue.end] as string) : '</w>'
  const after2 = cue.end + 1 < window.to ? (lower[cue.end + 1] as string) : '</w>'
  let quoteBefore = false
  for (let t = cue.start - 1; t >= Math.max(window.from, cue.start - 4); t--) if (quoteEdge(context, t) < 0) quoteBefore = true
  let quoteAfter = false
  for (let t = cue.end; t < Math.min(window.to, cue.end + 3); t++) if (quoteEdge(context, t) > 0) quoteAfter = true
  const sentence = context.parsed.sentences[context.sentenceOf[cue.start] ?? 0]
  const atStart = sentence !== undefined && cue.start - sentence.firstToken < 2
  let wordsBefore = 0
  for (let t = window.from; t < cue.start; t++) wordsBefore += context.isWord[t] ?? 0
  let wordsAfter = 0
  for (let t = cue.end; t < window.to; t++) wordsAfter += context.isWord[t] ?? 0
  const previousShape = cue.start > window.from ? shapeOf(context.tokens[cue.start - 1]?.text ?? '') : '<w>'
  const nextShape = cue.end < window.to ? shapeOf(context.tokens[cue.end]?.text ?? '') : '</w>'
  return [
    `psh=${previousShape}`,
    `nsh=${nextShape}`,
    `wb=${bucket(wordsBefore)}`,
    `wa=${bucket(wordsAfter)}`,
    `wba=${bucket(wordsBefore)}|${bucket(wordsAfter)}`,
    `pwa=${before}|${bucket(wordsAfter)}`,
    `h=${head}`,
    `pw=${before}`,
    `nw=${after}`,
    `nw2=${after}|${after2}`,
    `hn=${head}|${after}`,
    `qb=${quoteBefore}`,
    `qa=${quoteAfter}`,
    `qba=${quoteBefore}|${quoteAfter}`,
    `st=${atStart}`,
    `len=${cue.end - cue.start}`,
  ]
}

/**
 * The candidate contents of a cue inside its window, on each side: after the cue ("said that …"), before it
 * ("…, he said") or around it ("'…,' he said, '…'"), with features for each side, start and end.
 * @example contentSides(context, cue, window)[0].name // 'after'
 */
export function contentSides(context: StatementContext, cue: Cue, window: TokenWindow, description: string[]): Side<string[]>[] {
  const { lower } = context
  const word = (t: number) => (t < window.from ? '<w>' : t >= window.to ? '</w>' : (lower[t] as string))
  const head = context.stems[cue.head] as string
  const classOf = (t: number) => (t < window.from || t >= window.to ? '-' : wordClass(context.tokens[t]?.text ?? '', lower[t] as string))
  const posAt = (t: number) => (t < window.from || t >= window.to ? '-' : (context.pos[t] as string))
  // For each word after the cue, how many commas lie between the cue and it ("according to police, officers saw").
  const commasAfter = new Map<number, number>()
  for (let t = cue.end, commas = 0; t < window.to; t++) {
    commasAfter.set(t, Math.min(commas, 2))
    if (lower[t] === ',') commas++
  }
  const startFeatures = (side: string, t: number, distance: number): string[] => [
    `${side}:s:w=${word(t)}`,
    `${side}:s:p=${word(t - 1)}`,
    `${side}:s:pw=${word(t - 1)}|${word(t)}`,
    `${side}:s:d=${bucket(distance)}`,
    `${side}:s:hd=${head}|${bucket(distance)}`,
    `${side}:s:sh=${shapeOf(context.tokens[t]?.text ?? '')}`,
    `${side}:s:q=${quoteEdge(context, t - 1)}`,
    `${side}:s:first=${t === firstWord}`,
    `${side}:s:c=${classOf(t - 1)}|${classOf(t)}|${bucket(distance)}`,
    `${side}:s:b=${commasAfter.get(t) ?? '-'}|${classOf(t - 1)}|${classOf(cue.end)}`,
    `${side}:s:pos=${posAt(t - 1)}|${posAt(t)}`,
  ]
  const nextWord = word(cue.end)
  const nextClass = classOf(cue.end)
  const endFeatures = (side: string, t: number, distance: number, breaks: string): string[] => [
    `${side}:e:w=${word(t)}`,
    `${side}:e:n=${word(t + 1)}`,
    `${side}:e:wn=${word(t)}|${word(t + 1)}`,
    `${side}:e:nn=${word(t + 1)}|${word(t + 2)}`,
    `${side}:e:d=${bucket(distance)}`,
    `${side}:e:hd=${head}|${bucket(distance)}`,
    `${side}:e:q=${quoteEdge(context, t + 1)}`,
    `${side}:e:last=${t === lastWord}`,
    `${side}:e:b=${breaks}`,
    `${side}:e:bn=${breaks}|${word(t + 1)}`,
    `${side}:e:nw=${nextWord}|${word(t + 1)}`,
    `${side}:e:hn=${head}|${word(t + 1)}`,
    `${side}:e:cn=${nextClass}|${word(t + 1)}`,
    `${side}:e:cb=${nextClass}|${breaks}`,
    `${side}:e:cnb=${nextClass}|${classOf(t + 1)}|${breaks}`,
    `${side}:e:pos=${posAt(t)}|${posAt(t + 1)}|${posAt(t + 2)}`,
    `${side}:e:posc=${posAt(cue.end)}|${posAt(t + 1)}|${posAt(t + 2)}`,
  ]
  // For each end after the cue: how many commas and clause words lie between the cue and it, bucketed.
  const breaksAfter = (ends: number[]) => {
    const out: string[] = []
    let commas = 0
    let t = cue.end
    for (const end of ends) {
      for (; t <= end; t++) if (lower[t] === ',' || lower[t] === '--' || lower[t] === '—' || lower[t] === ';') commas++
      out.push(String(Math.min(commas, 3)))
    }
    return out
  }
  const beforeWords = wordsBetween(context, window.from, cue.start)
  const afterWords = wordsBetween(context, cue.end, window.to)
  const firstWord = beforeWords[0] ?? afterWords[0] ?? -1
  const lastWord = afterWords.at(-1) ?? beforeWords.at(-1) ?? -1
  const sideFeatures = (side: string) => [side, ...description.map((feature) => `${side}|${feature}`)]
  const afterBreaks = breaksAfter(afterWords)
  return [
    {
      name: 'after',
      features: sideFeatures('after'),
      starts: afterWords.map((t) => ({ at: t, features: startFeatures('after', t, t - cue.end) })),
      ends: afterWords.map((t, k) => ({
        at: t,
        features: endFeatures('after', t, window.to - 1 - t, `${afterBreaks[k]}|${bucket(t - cue.end)}`),
      })),
    },
    {
      name: 'before',
      features: sideFeatures('before'),
      starts: beforeWords.map((t) => ({ at: t, features: startFeatures('before', t, t - window.from) })),
      ends: beforeWords.map((t) => ({ at: t, features: endFeatures('before', t, cue.start - 1 - t, '-') })),
    },
    {
      name: 'around',
      features: sideFeatures('around'),
      starts: beforeWords.map((t) => ({ at: t, features: startFeatures('around', t, t - window.from) })),
      ends: afterWords.map((t, k) => ({
        at: t,
        features: endFeatures('around', t, window.to - 1 - t, `${afterBreaks[k]}|${bucket(t - cue.end)}`),
      })),
    },
  ]
}
