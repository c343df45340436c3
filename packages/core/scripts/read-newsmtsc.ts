// Reads a NewsMTSC split (JSON lines) into one example per target, for the stance train and eval scripts.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Span } from '../src/schemas/span.ts'

/** The three classes, in the order of the model's weights. */
export const CLASSES = ['negative', 'neutral', 'positive'] as const
export type PolarityClass = (typeof CLASSES)[number]

/** One target of one sentence with its gold polarity; `further` are its other mentions (pronouns, mostly). */
export interface TargetExample {
  /** Index of the sentence in its split, to keep a sentence's targets in one fold. */
  sentenceIndex: number
  sentence: string
  target: Span
  further: Span[]
  polarity: PolarityClass
}

/** Where NewsMTSC lives unless `--newsmtsc DIR` says otherwise. */
export function newsmtscDir(args: readonly string[]): string {
  const at = args.indexOf('--newsmtsc')
  const dir = at >= 0 ? args[at + 1] : undefined
  return resolve(dir ?? new URL('../../../../shared/data/newsmtsc', import.meta.url).pathname)
}

const BY_CODE: Record<number, PolarityClass> = { 2: 'negative', 4: 'neutral', 6: 'positive' }

interface RawTarget {
  from: number
  to: number
  polarity: number
  further_mentions?: { from: number; to: number }[]
}

/** Reads `train.jsonl` or `dev.jsonl` of the NewsMTSC folder. */
export function readNewsmtsc(dir: string, split: 'train' | 'dev'): TargetExample[] {
  const examples: TargetExample[] = []
  const lines = readFileSync(resolve(dir, `${split}.jsonl`), 'utf8').split('\n')
  lines.forEach((line, sentenceIndex) => {
    if (!line.trim()) return
    const record = JSON.parse(line) as { sentence_normalized: string; targets: RawTarget[] }
    for (const target of record.targets) {
      const polarity = BY_CODE[target.polarity]
      if (!polarity) continue
      examples.push({
        sentenceIndex,
        sentence: record.sentence_normalized,
        target: { start: target.from, end: target.to },
        further: (target.further_mentions ?? []).map((m) => ({ start: m.from, end: m.to })),
        polarity,
      })
    }
  })
  return examples
}

/** Per-class F1 and their mean (macro-F1) of predicted against gold classes. */
export function scoreClasses(
  gold: readonly PolarityClass[],
  predicted: readonly PolarityClass[],
): { macroF1: number; f1: Record<PolarityClass, number>; accuracy: number } {
  const f1 = {} as Record<PolarityClass, number>
  for (const label of CLASSES) {
    let tp = 0
    let fp = 0
    let fn = 0
    gold.forEach((g, k) => {
      const p = predicted[k]
      if (p === label && g === label) tp++
      else if (p === label) fp++
      else if (g === label) fn++
    })
    f1[label] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  const correct = gold.filter((g, k) => g === predicted[k]).length
  const macroF1 = CLASSES.reduce((sum, label) => sum + f1[label], 0) / CLASSES.length
  return { macroF1, f1, accuracy: correct / Math.max(1, gold.length) }
}
