// Stance figures of the tune gold in two fixed folds, for choosing a stance setting on one fold and measuring it on
// the other (issue 19): an article's fold is the parity of the first byte of the SHA-1 of its source path, fixed
// before any result was seen. Held-back gold is never read here.
// Usage: node scripts/eval-stance-folds.ts

import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { analyze } from '../src/index.ts'
import { readGoldFolder, scoreArticle } from './eval-gold.ts'
import { readGoldInput } from './gold-text.ts'

/** Right, predicted and gold stances of one fold. */
interface StanceTally {
  right: number
  predicted: number
  gold: number
}

/** The fold (0 or 1) of a gold source path. */
export function foldOf(source: string): 0 | 1 {
  const first = Number.parseInt(createHash('sha1').update(source).digest('hex').slice(0, 2), 16)
  return first % 2 === 0 ? 0 : 1
}

/** One fold's line: counts, precision, recall and F1. */
export function foldLine(name: string, tally: StanceTally): string {
  const precision = tally.predicted === 0 ? 0 : tally.right / tally.predicted
  const recall = tally.gold === 0 ? 0 : tally.right / tally.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `${name}: right ${tally.right} / predicted ${tally.predicted} / gold ${tally.gold}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`
}

function main(): void {
  const folds: [StanceTally, StanceTally] = [
    { right: 0, predicted: 0, gold: 0 },
    { right: 0, predicted: 0, gold: 0 },
  ]
  const articles = [0, 0]
  for (const gold of readGoldFolder('tune')) {
    const fold = foldOf(gold.source)
    const input = readGoldInput(gold.source)
    const counts = scoreArticle(analyze(input.text, input.url === undefined ? {} : { url: input.url }), gold)
    folds[fold].right += counts.rightStances
    folds[fold].predicted += counts.predictedStances
    folds[fold].gold += counts.goldStances
    articles[fold] = (articles[fold] ?? 0) + 1
  }
  console.log(foldLine(`fold A (${articles[0]} articles)`, folds[0]))
  console.log(foldLine(`fold B (${articles[1]} articles)`, folds[1]))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
