// `npm run bench:site`: ingests the PolNeAR train texts through the real API, serves the built site over it,
// and reports how long article and actor pages take to render (p50, p99, measured at the client: the whole
// answer, API calls included) and what the article page weighs (HTML and JavaScript, gzipped).
//
// Flags: --requests N (per page kind, default 400), --corpus DIR (default ../shared/data/polnear/train/text
// from the repository root), --data DIR (keep the database there and reuse it on the next run),
// --api URL (use a running API instead of starting one; it must already hold the corpus).
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createApiClient } from '../src/lib/api-client.ts'
import { actorHref, articleHref } from '../src/lib/urls.ts'
import { type PageWeight, weighPage } from './page-weight.ts'
import { percentile } from './percentile.ts'
import { buildSite, ROOT_DIR, startApi, startSite, stopProcess } from './processes.ts'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '400' },
    corpus: { type: 'string', default: join(ROOT_DIR, '../shared/data/polnear/train/text') },
    data: { type: 'string' },
    api: { type: 'string' },
  },
})
const requests = Math.max(20, Number(values.requests) || 400)
const corpus = values.corpus

/** Publisher and date of each PolNeAR article, from the corpus's metadata.tsv when it is there. */
async function readMetadata(dir: string): Promise<Map<string, { source: string; publishedAt: string }>> {
  const file = join(dir, '../../metadata.tsv')
  const meta = new Map<string, { source: string; publishedAt: string }>()
  if (!existsSync(file)) return meta
  const [header = '', ...rows] = (await readFile(file, 'utf8')).split('\n')
  const columns = header.split('\t')
  const at = (name: string) => columns.indexOf(name)
  for (const row of rows) {
    const cells = row.split('\t')
    const name = cells[at('filename')]
    const date = cells[at('publication_date')]
    if (name && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
      meta.set(`${name}.txt`, { source: cells[at('publisher')] ?? '', publishedAt: `${date}T12:00:00Z` })
    }
  }
  return meta
}

async function ingest(
  apiUrl: string,
  token: string,
): Promise<{ articles: number; seconds: number; failed: number }> {
  const files = (await readdir(corpus)).filter((name) => name.endsWith('.txt')).sort()
  const meta = await readMetadata(corpus)
  const started = performance.now()
  let next = 0
  let failed = 0
  const worker = async () => {
    while (next < files.length) {
      const name = files[next++] as string
      const text = await readFile(join(corpus, name), 'utf8')
      const response = await fetch(`${apiUrl}/v1/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ text, ...(meta.get(name) ?? {}) }),
      })
      if (!response.ok) {
        failed++
        if (failed <= 3) console.error(`${name}: ${response.status} ${await response.text()}`)
      } else await response.body?.cancel()
      if (next % 100 === 0) process.stdout.write(`  ingested ${next}/${files.length}\n`)
    }
  }
  await Promise.all([worker(), worker()])
  return { articles: files.length, seconds: (performance.now() - started) / 1000, failed }
}

/** Requests each path in turn (cycling), after a warm-up, and returns the times in ms. */
async function time(siteUrl: string, paths: string[], count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = -20; i < count; i++) {
    const path = paths[(i + 20) % paths.length] as string
    const started = performance.now()
    const response = await fetch(`${siteUrl}${path}`)
    await response.text()
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    if (i >= 0) times.push(performance.now() - started)
  }
  return times
}

function row(name: string, times: number[]): string {
  const p = (q: number) => percentile(times, q).toFixed(1).padStart(7)
  return `${name.padEnd(14)} ${String(times.length).padStart(6)} ${p(50)} ${p(90)} ${p(99)} ${Math.max(
    ...times,
  )
    .toFixed(1)
    .padStart(7)}`
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

async function main(): Promise<void> {
  const token = randomBytes(24).toString('hex')
  const dataDir = values.data ?? (await mkdtemp(join(tmpdir(), 'whosaid-bench-')))
  const started: ChildProcess[] = []
  try {
    console.log('building the site…')
    const building = buildSite()
    let apiUrl = values.api
    if (!apiUrl) {
      const api = await startApi(dataDir, token)
      started.push(api.process)
      apiUrl = api.url
    }
    const client = createApiClient(apiUrl, { timeoutMs: 60_000 })
    const before = await client.listArticles({ limit: 100 })
    if (before.items.length < 50 && !values.api) {
      console.log(`ingesting ${corpus} through ${apiUrl}/v1/articles…`)
      const result = await ingest(apiUrl, token)
      console.log(
        `ingested ${result.articles} texts in ${result.seconds.toFixed(1)} s (${result.failed} failed)`,
      )
    }
    await building
    const site = await startSite(apiUrl)
    started.push(site.process)

    const articleIds: string[] = []
    for (let cursor: string | undefined, pages = 0; pages < 20; pages++) {
      const page = await client.listArticles({ limit: 100, cursor })
      articleIds.push(...page.items.map((item) => item.id))
      if (!page.nextCursor) break
      cursor = page.nextCursor
    }
    const actors = (await client.listActors({ limit: 100 })).items
    const quoted = actors.filter((actor) => actor.statementCount > 0)
    const actorIds = (quoted.length >= 10 ? quoted : actors).map((actor) => actor.id)
    // Spread the requests over many articles, taken at even steps through the list (no randomness).
    const step = Math.max(1, Math.floor(articleIds.length / 200))
    const articlePaths = articleIds.filter((_, i) => i % step === 0).map(articleHref)
    const actorPaths = actorIds.map(actorHref)
    console.log(
      `timing ${requests} article pages over ${articlePaths.length} articles, ${requests} actor pages over ${actorPaths.length} actors…`,
    )
    const articleTimes = await time(site.url, articlePaths, requests)
    const actorTimes = await time(site.url, actorPaths, requests)

    const weights: { id: string; statements: number; weight: PageWeight }[] = []
    for (const id of articleIds.filter((_, i) => i % Math.max(1, Math.floor(articleIds.length / 40)) === 0)) {
      const analysis = await client.getArticle(id)
      weights.push({
        id,
        statements: analysis.statements.length,
        weight: await weighPage(`${site.url}${articleHref(id)}`),
      })
    }
    weights.sort((a, b) => a.weight.htmlGzip - b.weight.htmlGzip)
    const median = weights[Math.floor(weights.length / 2)]
    const largest = weights.at(-1)

    console.log(
      `\nwhosaid site bench: ${articleIds.length} articles in the store, site ${site.url}, API ${apiUrl}`,
    )
    console.log(
      `${'page'.padEnd(14)} ${'n'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p90 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}`,
    )
    console.log(row('article page', articleTimes))
    console.log(row('actor page', actorTimes))
    for (const [label, sample] of [
      ['median article', median],
      ['largest article', largest],
    ] as const) {
      if (!sample) continue
      const { weight } = sample
      console.log(
        `${label} (${sample.statements} statements): HTML ${kb(weight.htmlBytes)} (${kb(weight.htmlGzip)} gzipped), JavaScript ${kb(weight.jsBytes)} (${kb(weight.jsGzip)} gzipped) in ${weight.scripts} script(s)`,
      )
    }
    const p99 = percentile(articleTimes, 99)
    const js = Math.max(...weights.map((w) => w.weight.jsGzip))
    const pass = p99 <= 100 && js <= 50 * 1024
    console.log(
      `bar: article page p99 ${p99.toFixed(1)} ms ≤ 100 ms, JavaScript ${kb(js)} ≤ 50 KB gzipped: ${pass ? 'PASS' : 'FAIL'}`,
    )
    process.exitCode = pass ? 0 : 1
  } finally {
    for (const child of started.reverse()) await stopProcess(child)
    if (!values.data) await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
