// Scores polarityToward (the shipped model) on NewsMTSC dev: macro-F1 and per-class F1.
// Usage: npm run eval:stance -- [--newsmtsc DIR]

import { polarityToward } from '../src/extract/polarity/polarity-toward.ts'
import { CLASSES, newsmtscDir, readNewsmtsc, scoreClasses } from './read-newsmtsc.ts'

const args = process.argv.slice(2)
if (args.some((arg) => arg !== '--newsmtsc' && arg.startsWith('-'))) {
  const help = args.includes('--help') || args.includes('-h')
  console[help ? 'log' : 'error']('usage: eval:stance [--newsmtsc DIR (holds train.jsonl and dev.jsonl)]')
  process.exit(help ? 0 : 2)
}
const dev = readNewsmtsc(newsmtscDir(args), 'dev')
const started = performance.now()
const predicted = dev.map((example) => polarityToward(example.sentence, example.target))
const elapsed = performance.now() - started
const result = scoreClasses(
  dev.map((example) => example.polarity),
  predicted,
)
console.log(`NewsMTSC dev: ${dev.length} targets, ${(elapsed / dev.length).toFixed(3)} ms a target`)
console.log(`macro-F1 ${result.macroF1.toFixed(3)}, accuracy ${result.accuracy.toFixed(3)}`)
for (const label of CLASSES) console.log(`  ${label.padEnd(8)} F1 ${result.f1[label].toFixed(3)}`)
