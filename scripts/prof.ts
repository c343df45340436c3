import { readFileSync, readdirSync } from 'node:fs'
import { analyze } from '../packages/core/src/index.ts'
const dir = '/work/shared/data/polnear/dev/text'
const texts = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
const bytes = texts.reduce((n, t) => n + t.length, 0)
analyze(texts[0]!)
const t0 = performance.now()
for (const t of texts) analyze(t)
const s = (performance.now() - t0) / 1000
console.log(`${(bytes / 1e6 / s).toFixed(2)} MB/s over ${(bytes / 1e6).toFixed(2)} MB`)
