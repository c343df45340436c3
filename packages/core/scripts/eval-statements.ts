// Scores the statements stage against PolNeAR gold attributions.
// Usage: npm run eval:statements -- --polnear DIR [--errors N] [--attributions] [--breakdown]
//   (DIR holds text/ and attributions/)
//   --attributions  scores every attribution the statements stage finds (beliefs, plans, actions too, as PolNeAR
//                   annotates them), not only the spoken statements `analyze` returns
//   --cue-bias N    scores with the shipped model's cue tagger biased by N instead of its own cueBias (to calibrate it)
//   --breakdown     sorts the misses and the extras by cause: no cue found, or a cue found with a content too long,
//                   too short, crossing or elsewhere; an extra with a cue that no gold attribution has, or with a gold cue

import { resolve } from 'node:path'
import { extractActors } from '../src/extract/actors/index.ts'
import { extractStatements } from '../src/extract/statements/index.ts'
import { shippedModel } from '../src/extract/statements/model.ts'
import { analyze } from '../src/index.ts'
import { normalizeView, parseArticle, tokenize } from '../src/parse/index.ts'
import type { Span } from '../src/schemas/span.ts'
import type { Statement } from '../src/schemas/statement.ts'
import { type GoldArticle, readPolnear } from './read-polnear.ts'

/** A statement reduced to what the eval compares: sets of word-token indices. */
interface Scored {
  content: Set<number>
  source: Set<number>
  cue: Set<number>
  /** For error listings. */
  contentSpans: Span[]
  sourceSpans: Span[]
  cueSpans: Span[]
}

/** The tallies behind the eval's figures. */
export interface Counts {
  gold: number
  predicted: number
  contentMatched: number
  exactMatched: number
  sourceCorrect: number
  cueCorrect: number
  statementMatched: number
}

/** Why gold attributions were missed and predictions were extra, counted by cause. */
export interface Breakdown {
  /** Missed: no prediction has a cue word in common with the gold cue. */
  missedNoCue: number
  /** Missed though a prediction shares the cue: its content holds all of the gold one and more. */
  missedTooLong: number
  /** … its content lies inside the gold one. */
  missedTooShort: number
  /** … the two contents overlap, each with words of its own. */
  missedCrossing: number
  /** … the two contents share no word. */
  missedElsewhere: number
  /** Extra, with a cue no gold attribution has. */
  extraNoGoldCue: number
  /** Extra, with the cue of a gold attribution (its content is the miss counted above). */
  extraGoldCue: number
}

/** One error for the listing. */
export interface ErrorSample {
  kind: 'missed' | 'spurious' | 'wrong-source' | 'partial'
  article: string
  text: string
  gold?: Scored
  predicted?: Scored
}

const WORD = /[\p{L}\p{N}]/u

/** Maps spans to the indices of the tokens they touch; `words` keeps only tokens with a letter or digit. */
function tokenSet(
  tokens: readonly Span[],
  isWord: readonly boolean[],
  spans: readonly Span[],
  words: boolean,
): Set<number> {
  const set = new Set<number>()
  for (const span of spans) {
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((tokens[mid] as Span).end <= span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < tokens.length && (tokens[i] as Span).start < span.end; i++) {
      if (!words || isWord[i]) set.add(i)
    }
  }
  return set
}

function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1
  let both = 0
  for (const x of a) if (b.has(x)) both++
  return both / (a.size + b.size - both)
}

function overlaps(a: Set<number>, b: Set<number>): boolean {
  for (const x of a) if (b.has(x)) return true
  return false
}

function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && jaccard(a, b) === 1
}

/** Pairs predictions with gold one to one, greedily by best Jaccard ≥ threshold. */
function matchPairs(
  gold: readonly Scored[],
  predicted: readonly Scored[],
  threshold: number,
): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = []
  gold.forEach((g, i) => {
    predicted.forEach((p, j) => {
      if (!overlaps(g.content, p.content)) return
      const score = jaccard(g.content, p.content)
      if (score >= threshold) candidates.push([score, i, j])
    })
  })
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2])
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  const pairs: Array<[number, number]> = []
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPredicted.has(j)) continue
    usedGold.add(i)
    usedPredicted.add(j)
    pairs.push([i, j])
  }
  return pairs
}

/** Finds the statements of one text; the eval's default is the real `analyze`. */
export type StatementFinder = (text: string) => Statement[]

/** The cause of a missed gold attribution, from the predictions that share its cue. */
function missCause(gold: Scored, predicted: readonly Scored[]): keyof Breakdown {
  const sameCue = predicted.find((p) => overlaps(gold.cue, p.cue))
  if (!sameCue) return 'missedNoCue'
  let both = 0
  for (const x of gold.content) if (sameCue.content.has(x)) both++
  if (both === 0) return 'missedElsewhere'
  if (both === gold.content.size) return 'missedTooLong'
  if (both === sameCue.content.size) return 'missedTooShort'
  return 'missedCrossing'
}

function scoreArticle(
  article: GoldArticle,
  find: StatementFinder,
  counts: Counts,
  errors: ErrorSample[],
  breakdown: Breakdown,
): void {
  const statements = find(article.text)
  const tokens = tokenize(normalizeView(article.text))
  const isWord = tokens.map((token) => WORD.test(token.text))
  const toScored = (content: Span[], source: Span[], cue: Span[]): Scored => {
    const cueWords = tokenSet(tokens, isWord, cue, true)
    return {
      content: tokenSet(tokens, isWord, content, true),
      source: tokenSet(tokens, isWord, source, true),
      cue: cueWords.size > 0 ? cueWords : tokenSet(tokens, isWord, cue, false),
      contentSpans: content,
      sourceSpans: source,
      cueSpans: cue,
    }
  }
  const gold = article.attributions.map((a) => toScored(a.content, a.source, a.cue))
  const predicted = statements.map((s) =>
    toScored(s.contentParts ?? [s.content], s.source ? [s.source] : [], s.cue ? [s.cue] : []),
  )
  counts.gold += gold.length
  counts.predicted += predicted.length
  const pairs = matchPairs(gold, predicted, 0.5)
  counts.contentMatched += pairs.length
  counts.exactMatched += matchPairs(gold, predicted, 1).length
  const matchedGold = new Set<number>()
  const matchedPredicted = new Set<number>()
  for (const [i, j] of pairs) {
    const g = gold[i] as Scored
    const p = predicted[j] as Scored
    matchedGold.add(i)
    matchedPredicted.add(j)
    const sourceOk = (g.source.size === 0 && p.source.size === 0) || overlaps(g.source, p.source)
    if (sourceOk) counts.sourceCorrect++
    if (overlaps(g.cue, p.cue)) counts.cueCorrect++
    if (sourceOk) counts.statementMatched++
    else
      errors.push({ kind: 'wrong-source', article: article.name, text: article.text, gold: g, predicted: p })
    if (!sameSet(g.content, p.content)) {
      errors.push({ kind: 'partial', article: article.name, text: article.text, gold: g, predicted: p })
    }
  }
  gold.forEach((g, i) => {
    if (matchedGold.has(i)) return
    errors.push({ kind: 'missed', article: article.name, text: article.text, gold: g })
    breakdown[missCause(g, predicted)]++
  })
  predicted.forEach((p, j) => {
    if (matchedPredicted.has(j)) return
    errors.push({ kind: 'spurious', article: article.name, text: article.text, predicted: p })
    if (gold.some((g) => overlaps(g.cue, p.cue))) breakdown.extraGoldCue++
    else breakdown.extraNoGoldCue++
  })
}

function f1(matched: number, predicted: number, gold: number): string {
  const p = predicted ? matched / predicted : 0
  const r = gold ? matched / gold : 0
  const f = p + r ? (2 * p * r) / (p + r) : 0
  return `F1 ${f.toFixed(3)}  (P ${p.toFixed(3)}  R ${r.toFixed(3)})`
}

/** Shows a statement inside its sentence-sized window: [source] {cue} <content>. */
function showInContext(text: string, scored: Scored): string {
  const marks: Array<[number, string]> = []
  for (const span of scored.sourceSpans) marks.push([span.start, '['], [span.end, ']'])
  for (const span of scored.cueSpans) marks.push([span.start, '{'], [span.end, '}'])
  for (const span of scored.contentSpans) marks.push([span.start, '<'], [span.end, '>'])
  if (marks.length === 0) return ''
  marks.sort((a, b) => a[0] - b[0])
  const from = Math.max(0, (marks[0] as [number, string])[0] - 80)
  const to = Math.min(text.length, (marks.at(-1) as [number, string])[0] + 80)
  let out = ''
  let at = from
  for (const [offset, mark] of marks) {
    out += text.slice(at, offset) + mark
    at = offset
  }
  return `${out}${text.slice(at, to)}`.replace(/\s+/g, ' ')
}

function printErrors(errors: readonly ErrorSample[], perKind: number): void {
  for (const kind of ['missed', 'spurious', 'wrong-source', 'partial'] as const) {
    const ofKind = errors.filter((e) => e.kind === kind)
    const step = Math.max(1, Math.floor(ofKind.length / perKind))
    console.log(`\n## ${kind}: ${ofKind.length}`)
    for (let i = 0, shown = 0; i < ofKind.length && shown < perKind; i += step, shown++) {
      const e = ofKind[i] as ErrorSample
      console.log(`- ${e.article}`)
      if (e.gold) console.log(`  gold: ${showInContext(e.text, e.gold)}`)
      if (e.predicted) console.log(`  pred: ${showInContext(e.text, e.predicted)}`)
    }
  }
}

/** Scores a finder on articles: the counts behind every figure, and the errors for listing. */
export function evaluate(
  articles: readonly GoldArticle[],
  find: StatementFinder,
): { counts: Counts; errors: ErrorSample[]; breakdown: Breakdown } {
  const counts: Counts = {
    gold: 0,
    predicted: 0,
    contentMatched: 0,
    exactMatched: 0,
    sourceCorrect: 0,
    cueCorrect: 0,
    statementMatched: 0,
  }
  const errors: ErrorSample[] = []
  const breakdown: Breakdown = {
    missedNoCue: 0,
    missedTooLong: 0,
    missedTooShort: 0,
    missedCrossing: 0,
    missedElsewhere: 0,
    extraNoGoldCue: 0,
    extraGoldCue: 0,
  }
  for (const article of articles) scoreArticle(article, find, counts, errors, breakdown)
  return { counts, errors, breakdown }
}

/** Prints the causes of the misses and extras, each with its share. */
export function printBreakdown(breakdown: Breakdown): void {
  const missed =
    breakdown.missedNoCue +
    breakdown.missedTooLong +
    breakdown.missedTooShort +
    breakdown.missedCrossing +
    breakdown.missedElsewhere
  const extra = breakdown.extraNoGoldCue + breakdown.extraGoldCue
  const line = (label: string, n: number, of: number) =>
    console.log(`  ${label.padEnd(38)} ${String(n).padStart(5)}  ${((100 * n) / (of || 1)).toFixed(1)}%`)
  console.log(`missed ${missed}`)
  line('no cue found', breakdown.missedNoCue, missed)
  line('cue found, content too long', breakdown.missedTooLong, missed)
  line('cue found, content too short', breakdown.missedTooShort, missed)
  line('cue found, content crossing', breakdown.missedCrossing, missed)
  line('cue found, content elsewhere', breakdown.missedElsewhere, missed)
  console.log(`extra ${extra}`)
  line('cue of no gold attribution', breakdown.extraNoGoldCue, extra)
  line('cue of a gold attribution', breakdown.extraGoldCue, extra)
}

/** Prints the figures of an evaluation. */
export function printCounts(counts: Counts): void {
  console.log(`content F1 (Jaccard >= 0.5)  ${f1(counts.contentMatched, counts.predicted, counts.gold)}`)
  console.log(`exact content F1             ${f1(counts.exactMatched, counts.predicted, counts.gold)}`)
  const matched = counts.contentMatched || 1
  console.log(`source accuracy (matched)    ${(counts.sourceCorrect / matched).toFixed(3)}`)
  console.log(`cue accuracy (matched)       ${(counts.cueCorrect / matched).toFixed(3)}`)
  console.log(`statement F1                 ${f1(counts.statementMatched, counts.predicted, counts.gold)}`)
}

function main(argv: readonly string[]): void {
  const dirAt = argv.indexOf('--polnear')
  const dir = dirAt >= 0 ? argv[dirAt + 1] : undefined
  if (!dir) {
    console.error('usage: eval-statements --polnear DIR [--errors N]   (DIR holds text/ and attributions/)')
    process.exitCode = 2
    return
  }
  const errorsAt = argv.indexOf('--errors')
  const errorCount = errorsAt >= 0 ? Number(argv[errorsAt + 1] ?? 20) : 0
  // npm runs this in packages/core; a relative DIR means the directory the command was typed in.
  const articles = readPolnear(resolve(process.env.INIT_CWD ?? process.cwd(), dir))
  const biasAt = argv.indexOf('--cue-bias')
  // The shipped model is decoded once and shared: `analyze` reads the same object, so setting it here reaches both.
  if (biasAt >= 0) shippedModel().cueBias = Number(argv[biasAt + 1])
  const started = performance.now()
  const attributions = argv.includes('--attributions')
  const find: StatementFinder = attributions
    ? (text) => {
        const parsed = parseArticle(text)
        return extractStatements(parsed, extractActors(parsed), shippedModel(), 'all')
      }
    : (text) => analyze(text).statements
  const { counts, errors, breakdown } = evaluate(articles, find)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `PolNeAR ${dir}${attributions ? ' (all attributions)' : ''}, cue bias ${shippedModel().cueBias}: ${articles.length} articles, ${counts.gold} gold, ${counts.predicted} predicted`,
  )
  printCounts(counts)
  console.log(`time                         ${seconds.toFixed(2)} s (analyze and scoring)`)
  if (argv.includes('--breakdown')) printBreakdown(breakdown)
  if (errorCount > 0) printErrors(errors, errorCount)
}

if (import.meta.main) main(process.argv.slice(2))
