// Trains the boilerplate scorer of HTML extraction (src/input/html/block-score.ts) on one half of html-eval
// (../shared/data/html-eval, trafilatura's evaluation pages) and writes src/data/html/block-model.json.
// Each block the extractor keeps before the scorer is labelled by the page's snippets: a block holding a `with`
// snippet is article text, one holding a `without` snippet boilerplate; blocks holding neither are not used.
// A logistic regression (L2, classes weighted to balance) is fitted by gradient descent; the threshold is the one
// that gives the best snippet F1 on the same half. The other half is only scored, to be reported.
//
// Usage: node scripts/train-html-blocks.ts [--half even|odd] [--l2 0.01] [--dry-run]
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BLOCK_FEATURES, describeBlocks } from '../src/input/html/block-features.ts'
import { makeFurnitureTest } from '../src/input/html/boilerplate.ts'
import { readContentBlocks } from '../src/input/html/index.ts'
import { readMetadata } from '../src/input/html/metadata.ts'
import { parseMarkup } from '../src/input/html/tree.ts'
import { collapse, type EvalPage, readPages } from './eval-html.ts'
import { readScriptArgs } from './script-args.ts'

const OUT = resolve(fileURLToPath(import.meta.url), '../../src/data/html/block-model.json')
const STEPS = 3000
const RATE = 0.5

interface PageBlocks {
  texts: string[]
  features: number[][]
  page: EvalPage
}

function readPageBlocks(page: EvalPage): PageBlocks {
  const document = parseMarkup(page.html)
  const metadata = readMetadata(document, page.url)
  const { blocks } = readContentBlocks(document, metadata, makeFurnitureTest(document))
  return { texts: blocks.map((block) => collapse(block.text)), features: describeBlocks(blocks), page }
}

// The labelled blocks: 1 for boilerplate, 0 for article text.
function label(pages: readonly PageBlocks[]): { x: number[][]; y: number[] } {
  const x: number[][] = []
  const y: number[] = []
  for (const { texts, features, page } of pages) {
    const wanted = page.with.map(collapse)
    const unwanted = page.without.map(collapse)
    texts.forEach((text, i) => {
      const good = wanted.some((snippet) => text.includes(snippet))
      const bad = unwanted.some((snippet) => text.includes(snippet))
      if (good === bad) return
      x.push(features[i] as number[])
      y.push(bad ? 1 : 0)
    })
  }
  return { x, y }
}

function fit(x: number[][], y: number[], l2: number): number[] {
  const size = BLOCK_FEATURES.length
  const positives = y.filter((value) => value === 1).length
  const weightOf = (value: number) =>
    value === 1 ? y.length / (2 * positives) : y.length / (2 * (y.length - positives))
  const weights = new Array<number>(size).fill(0)
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(size).fill(0)
    x.forEach((features, n) => {
      const target = y[n] as number
      let sum = 0
      for (let i = 0; i < size; i++) sum += (features[i] as number) * (weights[i] as number)
      const error = (1 / (1 + Math.exp(-sum)) - target) * weightOf(target)
      for (let i = 0; i < size; i++) gradient[i] = (gradient[i] as number) + error * (features[i] as number)
    })
    for (let i = 0; i < size; i++)
      weights[i] =
        (weights[i] as number) -
        RATE * ((gradient[i] as number) / x.length + (i === 0 ? 0 : l2 * (weights[i] as number)))
  }
  return weights
}

// Snippet F1 of the kept blocks when blocks scoring above `threshold` are dropped.
function scoreF1(pages: readonly PageBlocks[], weights: readonly number[], threshold: number): number {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const { texts, features, page } of pages) {
    const kept = texts
      .filter((_, i) => {
        const row = features[i] as number[]
        const sum = row.reduce((total, value, k) => total + value * (weights[k] ?? 0), 0)
        return 1 / (1 + Math.exp(-sum)) <= threshold
      })
      .join(' ')
    for (const snippet of page.with)
      if (kept.includes(collapse(snippet))) tp++
      else fn++
    for (const snippet of page.without) if (kept.includes(collapse(snippet))) fp++
  }
  return (2 * tp) / (2 * tp + fp + fn)
}

function main(): void {
  const values = readScriptArgs(
    'usage: node scripts/train-html-blocks.ts [--half even|odd] [--l2 X] [--dry-run]',
    {
      half: { type: 'string', default: 'even' },
      l2: { type: 'string', default: '0.02' },
      'dry-run': { type: 'boolean', default: false },
    },
  )
  const parity = values.half === 'odd' ? 1 : 0
  const all = readPages()
  const train = all.filter((_, i) => i % 2 === parity).map(readPageBlocks)
  const check = all.filter((_, i) => i % 2 !== parity).map(readPageBlocks)
  const { x, y } = label(train)
  console.log(`${x.length} labelled blocks, ${y.filter((value) => value === 1).length} boilerplate`)
  const weights = fit(x, y, Number(values.l2))
  let best = { threshold: 1, f1: scoreF1(train, weights, 1) }
  console.log(
    `no scorer: train F1 ${best.f1.toFixed(4)}, other half ${scoreF1(check, weights, 1).toFixed(4)}`,
  )
  for (let threshold = 0.5; threshold < 0.995; threshold += 0.025) {
    const f1 = scoreF1(train, weights, threshold)
    console.log(
      `threshold ${threshold.toFixed(3)}: train F1 ${f1.toFixed(4)}, other half ${scoreF1(check, weights, threshold).toFixed(4)}`,
    )
    if (f1 > best.f1) best = { threshold, f1 }
  }
  for (const [i, name] of BLOCK_FEATURES.entries())
    console.log(`${name.padEnd(24)} ${(weights[i] as number).toFixed(3)}`)
  console.log(`chosen threshold ${best.threshold.toFixed(3)}`)
  if (values['dry-run']) return
  const model = {
    features: [...BLOCK_FEATURES],
    weights: weights.map((weight) => Math.round(weight * 1000) / 1000),
    threshold: Math.round(best.threshold * 1000) / 1000,
  }
  writeFileSync(OUT, `${JSON.stringify(model)}\n`)
}

main()
