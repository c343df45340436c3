// npm run eval:identity: ingests PolNeAR train and dev and all of BBC News into one store, then reports for a
// list of people (identity-people.json, with surname clashes) how many actor ids hold their name mentions, the
// share on their main id, and the mentions of other people on it (wrong merges).
//
//   npm run eval:identity [-- --data DIR | --db URL] [--limit N] [--corpus DIR]... [--people FILE] [--undated] [--json]
//     [--registry FILE]
//
// PolNeAR's articles are ingested with their publication dates (its metadata.tsv), so that the time window of
// identity (`identity-window.ts`) takes part; --undated leaves them out. BBC News's articles have no dates.
// --data keeps the store in DIR (default: a fresh temp folder, deleted at the end); ingest skips texts already
// stored, so a second run over the same DIR only scores. --limit N ingests the first N files of each corpus.
// --registry FILE (JSON or CSV, registry/README.md) imports curated actors before the ingest: names no rule can
// tie to a person, a maiden name or a legal name beside the name in use (identity-registry.json).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import {
  importRegistry,
  ingestFiles,
  listTextFiles,
  openStore,
  queryRows,
  RegistrySchema,
  readRegistry,
  type Store,
} from '../src/index.ts'
import {
  type ArticleMention,
  type EvalPerson,
  type MentionCount,
  mergedIds,
  type PersonScore,
  scorePeople,
  withSurnames,
} from './identity-score.ts'

const DATA = new URL('../../../../shared/data/', import.meta.url).pathname
const CORPORA = [
  'polnear/train/text',
  'polnear/dev/text',
  ...['business', 'entertainment', 'politics', 'sport', 'tech'].map((topic) => `bbc-news/news/${topic}`),
].map((path) => join(DATA, path))

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    db: { type: 'string' },
    limit: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    people: { type: 'string', default: new URL('identity-people.json', import.meta.url).pathname },
    concurrency: { type: 'string', default: '2' },
    undated: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    registry: { type: 'string' },
  },
})

/** PolNeAR's publication dates (metadata.tsv), by file name without `.txt`. */
async function polnearDates(): Promise<Map<string, string>> {
  const [header = '', ...lines] = (await readFile(join(DATA, 'polnear/metadata.tsv'), 'utf8')).split('\n')
  const columns = header.split('\t')
  const name = columns.indexOf('filename')
  const date = columns.indexOf('publication_date')
  const dates = new Map<string, string>()
  for (const line of lines) {
    const cells = line.split('\t')
    const day = cells[date] ?? ''
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) dates.set(cells[name] ?? '', `${day}T12:00:00Z`)
  }
  return dates
}

/** Every name mention in the store (not pronouns or titles): its article, its text and the actor it is on. */
async function readNameMentions(store: Store): Promise<ArticleMention[]> {
  const texts = new Map(
    (await queryRows<{ id: string; text: string }>(store.db, sql`select id, text from articles`)).map(
      (row) => [row.id, row.text],
    ),
  )
  const mentions = await queryRows<{ article_id: string; actor_id: string; start: number; end: number }>(
    store.db,
    sql`select article_id, actor_id, start, "end" from mentions where form is null`,
  )
  // Offsets are UTF-16 code units, as core gives them: sliced here, not with SQL's substr (code points).
  return mentions.map((mention) => ({
    articleId: mention.article_id,
    surface: texts.get(mention.article_id)?.slice(mention.start, mention.end) ?? '',
    actorId: mention.actor_id,
  }))
}

/** The mentions counted by their text and the actor they are on. */
function countBySurface(mentions: readonly ArticleMention[]): MentionCount[] {
  const counts = new Map<string, MentionCount>()
  for (const { surface, actorId } of mentions) {
    const key = `${surface}\u0000${actorId}`
    const count = counts.get(key) ?? { surface, actorId, count: 0 }
    count.count++
    counts.set(key, count)
  }
  return [...counts.values()]
}

/** One line per person: mentions, ids, share on the main id, wrong merges. */
function formatScore(score: PersonScore): string {
  const share = score.mentions ? `${(100 * score.mainShare).toFixed(1)}%` : '-'
  const ids = score.ids
    .slice(0, 4)
    .map((id) => `${id.actorId} ${id.count}`)
    .join(', ')
  const more = score.ids.length > 4 ? `, +${score.ids.length - 4} more` : ''
  const wrong = score.wrongMerges.reduce((sum, merge) => sum + merge.count, 0)
  const whom = score.wrongMerges.map((merge) => `${merge.person} ${merge.count}`).join(', ')
  return [
    score.name.padEnd(18),
    String(score.mentions).padStart(5),
    String(score.ids.length).padStart(4),
    share.padStart(7),
    String(wrong).padStart(6),
    ` ${whom ? `(${whom}) ` : ''}[${ids}${more}]`,
  ].join(' ')
}

async function main(): Promise<void> {
  const people = JSON.parse(await readFile(values.people, 'utf8')) as EvalPerson[]
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY
  const temp = values.data || values.db ? null : await mkdtemp(join(tmpdir(), 'whosaid-identity-'))
  const store = await openStore(
    values.db ? { databaseUrl: values.db } : { dataDir: values.data ?? (temp as string) },
  )
  try {
    if (values.registry) {
      const text = await readFile(values.registry, 'utf8')
      const format = values.registry.endsWith('.csv') ? 'csv' : 'json'
      await importRegistry(store, RegistrySchema.parse(readRegistry(text, format)))
    }
    const files: string[] = []
    for (const corpus of values.corpus ?? CORPORA)
      files.push(...(await listTextFiles([corpus])).slice(0, limit))
    const dates = values.undated ? new Map<string, string>() : await polnearDates()
    const summary = await ingestFiles(store, files, {
      concurrency: Number(values.concurrency),
      metaOf: (file) => {
        const publishedAt = dates.get(basename(file, '.txt'))
        return publishedAt ? { publishedAt } : {}
      },
      onProgress: (p) => {
        if (p.done % 100 === 0 || p.done === p.total) process.stderr.write(`ingest ${p.done}/${p.total}\n`)
      },
    })
    for (const failure of summary.failures)
      process.stderr.write(`failed ${failure.file}: ${failure.message}\n`)
    const stored = await readNameMentions(store)
    const tables = [
      { title: 'name forms only (a lone surname counts for no one)', mentions: countBySurface(stored) },
      {
        title:
          'with lone surnames ("Blair", "Mr Cruz"), each counted for the one listed namesake its article names',
        mentions: withSurnames(stored, people),
      },
    ].map((table) => ({
      ...table,
      scores: scorePeople(table.mentions, people),
      merged: mergedIds(table.mentions, people),
    }))
    if (values.json) {
      const figures = tables.map(({ title, scores, merged }) => ({ title, scores, merged }))
      console.log(
        JSON.stringify({ files: summary.total, failures: summary.failures.length, tables: figures }, null, 2),
      )
      return
    }
    console.log(
      `${summary.total} files (${summary.created} ingested now, ${summary.existing} stored before, ` +
        `${summary.failures.length} failed) in ${summary.seconds.toFixed(0)} s; ` +
        `${files.filter((file) => dates.has(basename(file, '.txt'))).length} dated`,
    )
    for (const { title, scores, merged } of tables) {
      console.log(`\n${title}`)
      console.log(
        `${'person'.padEnd(18)} ${'ments'.padStart(5)} ${'ids'.padStart(4)} ${'main'.padStart(7)} ${'wrong'.padStart(6)}  ids (mentions)`,
      )
      for (const score of scores) console.log(formatScore(score))
      const found = scores.filter((s) => s.mentions > 0)
      const mean = found.reduce((sum, s) => sum + s.mainShare, 0) / (found.length || 1)
      const ids = found.reduce((sum, s) => sum + s.ids.length, 0)
      const over = found.filter((s) => s.mainShare >= 0.95).length
      const wrong = merged.reduce((sum, id) => sum + id.others.reduce((n, other) => n + other.count, 0), 0)
      console.log(
        `\n${found.length}/${scores.length} people found, on ${ids} ids (1 each would be ${found.length}); ` +
          `mean share on the main id ${(100 * mean).toFixed(1)}%; ${over}/${found.length} at 95% or more`,
      )
      console.log(`ids holding several listed people: ${merged.length}; their wrong-merge mentions: ${wrong}`)
      for (const id of merged) {
        const others = id.others.map((other) => `${other.person} ${other.count}`).join(', ')
        console.log(`  ${id.actorId}: ${id.owner}, with ${others}`)
      }
    }
  } finally {
    await store.close()
    if (temp) await rm(temp, { recursive: true, force: true })
  }
}

await main()
