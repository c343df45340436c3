// Article-body extraction on real pages: whosaid's extractArticleFromHtml next to Readability.js (on linkedom's
// DOM), in the same run, on the html-eval development set (../shared/data/html-eval, 990 pages from the
// trafilatura project's evaluation). Scoring is trafilatura's: a page's `with` snippets found in the extracted
// body are true positives, its `without` snippets found are false positives, `with` snippets missing are false
// negatives; precision, recall and F1 are over all snippets. Both outputs and the snippets have their whitespace
// collapsed (a snippet may cross a line break), soft hyphens dropped, and whosaid's title line is left out: the
// body is scored.
// Speed is the pages' HTML (UTF-8 bytes) over the time spent in the extractor, parsing included.
//
// Usage: npm run eval:html [-- --errors 20] [-- --only whosaid] [-- --parser own|parse5|htmlparser2] [-- --rounds 3]
//                          [-- --half even|odd] [-- --lost 20]
//   --errors N   after the figures, the N pages whosaid gets most wrong, with the snippets it keeps or drops
//   --only NAME  run one extractor (whosaid or readability)
//   --parser P   build whosaid's tree with another HTML parser (the comparison in the core README)
//   --rounds N   timed passes of whosaid (the median counts); Readability makes one
//   --half H     score the pages of even or odd index only (develop on one half, check the other moves alike);
//                without it, the figures of each half are printed under the total
//   --lost N     where whosaid's F1 is lost: the points each page costs (the F1 gained were its snippets right),
//                split into missed and kept-unwanted snippets, by kind of page, and the N pages that cost most
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractArticleFromDocument, extractArticleFromHtml } from '../src/input/html/index.ts'
import { htmlParsers, type ParserName } from './html-parsers.ts'
import { readScriptArgs } from './script-args.ts'

const DATA = resolve(fileURLToPath(import.meta.url), '../../../../../shared/data/html-eval')

/** One page of the set: its address, HTML, and the snippets that must and must not be extracted. */
export interface EvalPage {
  url: string
  file: string
  html: string
  bytes: number
  with: string[]
  without: string[]
}

/** Snippet counts, as trafilatura's evaluation keeps them. */
export interface Counts {
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

/** Reads the set's pages, each decoded with the charset its bytes or meta tags declare (UTF-8 by default). */
export function readPages(dir = DATA): EvalPage[] {
  const index = JSON.parse(readFileSync(resolve(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; with: string[]; without: string[] }
  >
  return Object.entries(index).map(([url, entry]) => {
    const bytes = gunzipSync(readFileSync(resolve(dir, entry.file)))
    const html = decodePage(bytes)
    return {
      url,
      file: entry.file,
      html,
      bytes: Buffer.byteLength(html),
      with: entry.with,
      without: entry.without,
    }
  })
}

// The charset a <meta> tag declares (<meta charset=…> or http-equiv's content="…; charset=…"): not a <script
// charset> attribute, which names the script's encoding, not the page's.
const CHARSET = /<meta\s[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i
// How far into the page its <meta> charset is looked for (pages put consent scripts and comments before it).
const HEAD_BYTES = 8192

/** Decodes a page's bytes: a BOM, else the charset a <meta> tag in its first 8 KB declares, else UTF-8; an unknown label is UTF-8. */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes)
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES))
  const label = CHARSET.exec(head)?.[1] ?? 'utf-8'
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/**
 * Collapses whitespace to single spaces, so that snippets match across line breaks, and drops the characters a
 * reader never sees (soft hyphens, zero-width spaces): the set's snippets keep them on some pages and not on
 * others, and an extractor may keep or drop them.
 */
export function collapse(text: string): string {
  return text
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Scores one page's extracted body against its snippets. */
export function scorePage(body: string, page: Pick<EvalPage, 'with' | 'without'>): Counts {
  const text = collapse(body)
  const found = (snippet: string) => text.includes(collapse(snippet))
  const kept = page.with.filter(found).length
  return {
    truePositives: kept,
    falseNegatives: page.with.length - kept,
    falsePositives: page.without.filter(found).length,
  }
}

/** Precision, recall and F1 from summed counts. */
export function summarize(counts: Counts): { precision: number; recall: number; f1: number } {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

type Extractor = (page: EvalPage) => string

function whosaid(parser: ParserName): Extractor {
  const parse = htmlParsers[parser]
  return (page) => {
    const article = parse
      ? extractArticleFromDocument(parse(page.html), { url: page.url })
      : extractArticleFromHtml(page.html, { url: page.url })
    // The body: the text after the title line.
    return article.title === null ? article.text : article.text.slice(article.title.length)
  }
}

const readability: Extractor = (page) => {
  try {
    const { document } = parseHTML(page.html)
    return (
      new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
        ?.textContent ?? ''
    )
  } catch {
    return ''
  }
}

interface Run {
  name: string
  bodies: string[]
  seconds: number
}

function runPass(extract: Extractor, pages: readonly EvalPage[]): { bodies: string[]; seconds: number } {
  const bodies: string[] = []
  let seconds = 0
  for (const page of pages) {
    const start = performance.now()
    const body = extract(page)
    seconds += (performance.now() - start) / 1000
    bodies.push(body)
  }
  return { bodies, seconds }
}

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function evaluate(name: string, extract: Extractor, pages: readonly EvalPage[], rounds: number): Run {
  runPass(extract, pages.slice(0, 50)) // warm-up
  const passes = Array.from({ length: rounds }, () => runPass(extract, pages))
  return {
    name,
    bodies: passes[0]?.bodies ?? [],
    seconds: median(passes.map((pass) => pass.seconds)),
  }
}

function total(bodies: readonly string[], pages: readonly EvalPage[]): Counts {
  const counts: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }
  pages.forEach((page, i) => {
    const page_ = scorePage(bodies[i] ?? '', page)
    counts.truePositives += page_.truePositives
    counts.falsePositives += page_.falsePositives
    counts.falseNegatives += page_.falseNegatives
  })
  return counts
}

function printErrors(run: Run, pages: readonly EvalPage[], limit: number): void {
  const ranked = pages
    .map((page, i) => ({ page, body: collapse(run.bodies[i] ?? '') }))
    .map(({ page, body }) => {
      const dropped = page.with.filter((snippet) => !body.includes(collapse(snippet)))
      const kept = page.without.filter((snippet) => body.includes(collapse(snippet)))
      return { page, dropped, kept, errors: dropped.length + kept.length, length: body.length }
    })
    .filter((entry) => entry.errors > 0)
    .sort((a, b) => b.errors - a.errors)
  console.log(`\n${ranked.length} pages with errors; the ${Math.min(limit, ranked.length)} worst:`)
  for (const entry of ranked.slice(0, limit)) {
    console.log(`\n${entry.page.file}  ${entry.page.url}  (body ${entry.length} chars)`)
    for (const snippet of entry.dropped) console.log(`  dropped: ${snippet.slice(0, 100)}`)
    for (const snippet of entry.kept) console.log(`  kept:    ${snippet.slice(0, 100)}`)
  }
}

/** What one page costs the total F1, in thousandths: were its missed snippets found, were its unwanted ones left out. */
export interface PageLoss {
  index: number
  missed: number
  leaked: number
  /** 'none found' (no wanted snippet found), 'part missed', 'leaks only' or 'right'. */
  kind: string
}

/** The F1 points (thousandths) each page loses to missed and to kept-unwanted snippets, against the summed counts. */
export function measureLoss(counts: readonly Counts[]): PageLoss[] {
  const sum: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }
  for (const page of counts) {
    sum.truePositives += page.truePositives
    sum.falsePositives += page.falsePositives
    sum.falseNegatives += page.falseNegatives
  }
  const base = summarize(sum).f1
  return counts.map((page, index) => {
    const found = summarize({
      ...sum,
      truePositives: sum.truePositives + page.falseNegatives,
      falseNegatives: sum.falseNegatives - page.falseNegatives,
    }).f1
    const clean = summarize({ ...sum, falsePositives: sum.falsePositives - page.falsePositives }).f1
    const kind =
      page.falseNegatives > 0
        ? page.truePositives === 0
          ? 'none found'
          : 'part missed'
        : page.falsePositives > 0
          ? 'leaks only'
          : 'right'
    return { index, missed: (found - base) * 1000, leaked: (clean - base) * 1000, kind }
  })
}

function printLoss(run: Run, pages: readonly EvalPage[], limit: number): void {
  const losses = measureLoss(pages.map((page, i) => scorePage(run.bodies[i] ?? '', page)))
  const total = (pick: (loss: PageLoss) => number, list = losses) =>
    list.reduce((sum, loss) => sum + pick(loss), 0).toFixed(1)
  console.log(
    `\nF1 points lost (thousandths): ${total((loss) => loss.missed)} to missed snippets, ${total((loss) => loss.leaked)} to unwanted ones kept`,
  )
  for (const kind of ['none found', 'part missed', 'leaks only']) {
    const chosen = losses.filter((loss) => loss.kind === kind)
    console.log(
      `  ${kind.padEnd(12)} ${String(chosen.length).padStart(4)} pages: missed ${total((loss) => loss.missed, chosen)}, kept ${total((loss) => loss.leaked, chosen)}`,
    )
  }
  const worst = [...losses].sort((a, b) => b.missed + b.leaked - a.missed - a.leaked).slice(0, limit)
  for (const loss of worst) {
    const page = pages[loss.index] as EvalPage
    console.log(
      `  ${(loss.missed + loss.leaked).toFixed(2).padStart(5)}  missed ${loss.missed.toFixed(2)} kept ${loss.leaked.toFixed(2)}  ${page.file}  ${page.url}`,
    )
  }
}

function main(): void {
  const values = readScriptArgs(
    'usage: eval:html [--errors N] [--only NAME] [--parser own|parse5|htmlparser2] [--rounds N] [--half even|odd] [--lost N]',
    {
      errors: { type: 'string', default: '0' },
      only: { type: 'string' },
      parser: { type: 'string', default: 'own' },
      rounds: { type: 'string', default: '3' },
      half: { type: 'string' },
      lost: { type: 'string', default: '-1' },
    },
  )
  const half = values.half
  if (half !== undefined && half !== 'even' && half !== 'odd') throw new Error('--half must be even or odd')
  const pages = readPages().filter((_, i) => half === undefined || i % 2 === (half === 'even' ? 0 : 1))
  const megabytes = pages.reduce((sum, page) => sum + page.bytes, 0) / 1e6
  const parser = values.parser as ParserName
  if (!(parser in htmlParsers))
    throw new Error(`--parser must be one of ${Object.keys(htmlParsers).join(', ')}`)
  const rounds = Math.max(1, Number(values.rounds))
  console.log(
    `html-eval: ${pages.length} pages${half ? ` (${half} half)` : ''}, ${megabytes.toFixed(1)} MB of HTML`,
  )
  const runs: Run[] = []
  if (values.only !== 'readability')
    runs.push(evaluate(`whosaid (${parser} parser)`, whosaid(parser), pages, rounds))
  if (values.only !== 'whosaid') runs.push(evaluate('Readability.js + linkedom', readability, pages, 1))
  console.log('\nextractor                        precision  recall  F1      MB/s')
  for (const run of runs) {
    const { precision, recall, f1 } = summarize(total(run.bodies, pages))
    const speed = megabytes / run.seconds
    console.log(
      `${run.name.padEnd(32)} ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3)}  ${speed.toFixed(1).padStart(6)}`,
    )
  }
  if (half === undefined) {
    console.log('\nby half (pages of even and odd index)')
    for (const run of runs)
      for (const parity of [0, 1]) {
        const chosen = pages.flatMap((page, i) =>
          i % 2 === parity ? [{ page, body: run.bodies[i] ?? '' }] : [],
        )
        const counts = total(
          chosen.map((entry) => entry.body),
          chosen.map((entry) => entry.page),
        )
        const { precision, recall, f1 } = summarize(counts)
        const name = `${run.name} ${parity === 0 ? 'even' : 'odd'}`
        console.log(
          `${name.padEnd(37)} ${precision.toFixed(3).padStart(4)}  ${recall.toFixed(3).padStart(6)}  ${f1.toFixed(3)}  (kept ${counts.falsePositives} unwanted, missed ${counts.falseNegatives})`,
        )
      }
  }
  if (runs.length === 2) {
    const [own, other] = runs as [Run, Run]
    console.log(`\nwhosaid is ${(other.seconds / own.seconds).toFixed(1)}× as fast as Readability.js`)
  }
  const limit = Number(values.errors)
  if (limit > 0 && runs[0]) printErrors(runs[0], pages, limit)
  const lost = Number(values.lost)
  if (lost >= 0 && runs[0]) printLoss(runs[0], pages, lost)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
