import { readFileSync } from 'node:fs'
import { parseArticle } from '/work/main/packages/core/src/parse/index.ts'
const text = readFileSync(process.argv[2] ?? '/work/main/seeds/000_b304420120629e83.txt', 'utf8')
const p = parseArticle(text)
console.log(JSON.stringify({ title: p.title && text.slice(p.title.start, p.title.end), dateline: p.datelinePlace, dl: p.dateline && text.slice(p.dateline.start, p.dateline.end) }))
console.log(JSON.stringify(text.slice(p.body.start, p.body.end).slice(-80)))
for (const s of p.sentences) console.log('|', text.slice(s.start, s.end))
console.log(p.tokens.slice(0, 60).map((t) => t.text).join(' '))
