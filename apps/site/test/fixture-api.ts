import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Analysis, Polarity, Statement } from '@whosaid/core/schemas'
import type {
  ActorDetail,
  ActorSummary,
  ArticleSummary,
  RelationView,
  StatementView,
} from '../src/lib/api-types.ts'
import { contentText } from '../src/lib/statement-cards.ts'
import { fixtureAnalyses } from './fixtures.ts'

// A stand-in for apps/api that answers docs/api-contract.md's read routes from the fixture articles,
// for developing and testing the site without the real API. It keeps everything in memory.

const INGESTED = '2024-03-12T08:00:00.000Z'

interface Store {
  analyses: Analysis[]
  statements: StatementView[]
}

function dateOf(analysis: Analysis): string {
  return analysis.article.publishedAt ?? INGESTED
}

function summarize(analysis: Analysis): ArticleSummary {
  const { article } = analysis
  const body = article.text.slice(article.body.start, article.body.end).trim()
  return {
    id: article.id,
    title: article.title,
    dateline: article.dateline,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(article.source ? { source: article.source } : {}),
    ingestedAt: INGESTED,
    excerpt: body.length > 200 ? `${body.slice(0, 199)}…` : body,
    actorCount: analysis.actors.length,
    statementCount: analysis.statements.length,
  }
}

function view(analysis: Analysis, statement: Statement): StatementView {
  const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name]))
  const { text } = analysis.article
  const speakerName = statement.speaker ? names.get(statement.speaker) : undefined
  const targetName = statement.stance ? names.get(statement.stance.target) : undefined
  return {
    ...statement,
    articleId: analysis.article.id,
    articleTitle: analysis.article.title,
    date: dateOf(analysis),
    ...(speakerName ? { speakerName } : {}),
    ...(targetName ? { targetName } : {}),
    quote: contentText(text, statement),
    ...(statement.cue ? { cueText: text.slice(statement.cue.start, statement.cue.end) } : {}),
    ...(statement.source ? { sourceText: text.slice(statement.source.start, statement.source.end) } : {}),
  }
}

function actorSummaries(store: Store): ActorSummary[] {
  const actors = new Map<string, ActorSummary & { articles: Set<string> }>()
  for (const analysis of store.analyses) {
    for (const actor of analysis.actors) {
      const known = actors.get(actor.id)
      if (known) {
        known.articles.add(analysis.article.id)
        for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias)
        continue
      }
      actors.set(actor.id, {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        ...(actor.role ? { role: actor.role } : {}),
        ...(actor.affiliation ? { affiliation: actor.affiliation } : {}),
        aliases: [...actor.aliases],
        articleCount: 0,
        statementCount: 0,
        articles: new Set([analysis.article.id]),
      })
    }
  }
  for (const statement of store.statements) {
    const actor = statement.speaker ? actors.get(statement.speaker) : undefined
    if (actor) actor.statementCount++
  }
  return [...actors.values()]
    .map(({ articles, ...actor }) => ({ ...actor, articleCount: articles.size }))
    .sort((a, b) => b.statementCount - a.statementCount || a.name.localeCompare(b.name))
}

function relations(store: Store): RelationView[] {
  const edges = new Map<string, RelationView>()
  for (const statement of store.statements) {
    if (!statement.speaker || !statement.stance || statement.speaker === statement.stance.target) continue
    const key = `${statement.speaker} ${statement.stance.target} ${statement.stance.polarity}`
    const edge = edges.get(key)
    if (edge) {
      edge.count++
      edge.statements.push(statement.id)
    } else {
      edges.set(key, {
        source: statement.speaker,
        sourceName: statement.speakerName ?? statement.speaker,
        target: statement.stance.target,
        targetName: statement.targetName ?? statement.stance.target,
        polarity: statement.stance.polarity,
        count: 1,
        statements: [statement.id],
      })
    }
  }
  return [...edges.values()].sort((a, b) => b.count - a.count)
}

function page<T>(items: T[], params: URLSearchParams): { items: T[]; nextCursor: string | null } {
  const limit = Math.min(100, Math.max(1, Number(params.get('limit') ?? 20) || 20))
  const offset = Number(params.get('cursor') ?? 0) || 0
  const next = offset + limit < items.length ? String(offset + limit) : null
  return { items: items.slice(offset, offset + limit), nextCursor: next }
}

function filterStatements(items: StatementView[], params: URLSearchParams): StatementView[] {
  const speaker = params.get('speaker')
  const target = params.get('target')
  const polarity = params.get('polarity') as Polarity | null
  const q = params.get('q')?.toLowerCase()
  const from = params.get('from')
  const to = params.get('to')
  return items.filter(
    (s) =>
      (!speaker || s.speaker === speaker) &&
      (!target || s.stance?.target === target) &&
      (!polarity || s.stance?.polarity === polarity) &&
      (!q || s.quote.toLowerCase().includes(q)) &&
      (!from || s.date >= from) &&
      (!to || s.date <= to),
  )
}

function route(store: Store, url: URL): [number, unknown] {
  const path = url.pathname
  const params = url.searchParams
  const articles = [...store.analyses].sort((a, b) => dateOf(b).localeCompare(dateOf(a)))
  if (path === '/healthz') return [200, { ok: true }]
  if (path === '/v1/articles') {
    const q = params.get('q')?.toLowerCase()
    const actor = params.get('actor')
    const matching = articles.filter(
      (a) =>
        (!q || a.article.text.toLowerCase().includes(q)) && (!actor || a.actors.some((x) => x.id === actor)),
    )
    return [200, page(matching.map(summarize), params)]
  }
  const article = path.match(/^\/v1\/articles\/([^/]+)$/)
  if (article) {
    const found = store.analyses.find((a) => a.article.id === decodeURIComponent(article[1] ?? ''))
    return found ? [200, { ...found, ingestedAt: INGESTED }] : notFound(path)
  }
  if (path === '/v1/actors') {
    const q = params.get('q')?.toLowerCase()
    const kind = params.get('kind')
    const found = actorSummaries(store).filter(
      (a) =>
        (!q || [a.name, ...a.aliases].some((name) => name.toLowerCase().includes(q))) &&
        (!kind || a.kind === kind),
    )
    return [200, page(found, params)]
  }
  const actorStatements = path.match(/^\/v1\/actors\/([^/]+)\/statements$/)
  if (actorStatements) {
    const id = decodeURIComponent(actorStatements[1] ?? '')
    return [
      200,
      page(
        filterStatements(store.statements, params).filter((s) => s.speaker === id),
        params,
      ),
    ]
  }
  const actor = path.match(/^\/v1\/actors\/([^/]+)$/)
  if (actor) {
    const id = decodeURIComponent(actor[1] ?? '')
    const summary = actorSummaries(store).find((a) => a.id === id)
    if (!summary) return notFound(path)
    const edges = relations(store)
    const days = new Map<string, number>()
    for (const s of store.statements)
      if (s.speaker === id) days.set(s.date.slice(0, 10), (days.get(s.date.slice(0, 10)) ?? 0) + 1)
    const affiliation = summary.affiliation
      ? actorSummaries(store).find((a) => a.id === summary.affiliation)
      : undefined
    const detail: ActorDetail = {
      ...summary,
      ...(affiliation ? { affiliationName: affiliation.name } : {}),
      stances: edges.filter((e) => e.source === id),
      opposedBy: edges.filter((e) => e.target === id),
      timeline: [...days]
        .map(([date, statementCount]) => ({ date, statementCount }))
        .sort((a, b) => a.date.localeCompare(b.date)),
    }
    return [200, detail]
  }
  if (path === '/v1/statements') return [200, page(filterStatements(store.statements, params), params)]
  if (path === '/v1/relations') {
    const actorId = params.get('actor')
    const polarity = params.get('polarity')
    const found = relations(store).filter(
      (e) =>
        (!actorId || e.source === actorId || e.target === actorId) && (!polarity || e.polarity === polarity),
    )
    return [200, page(found, params)]
  }
  if (path === '/v1/search') {
    const q = (params.get('q') ?? '').toLowerCase()
    if (!q) return [200, { articles: [], actors: [], statements: [] }]
    return [
      200,
      {
        articles: articles.filter((a) => a.article.text.toLowerCase().includes(q)).map(summarize),
        actors: actorSummaries(store).filter((a) => a.name.toLowerCase().includes(q)),
        statements: store.statements.filter((s) => s.quote.toLowerCase().includes(q)),
      },
    ]
  }
  return notFound(path)
}

function notFound(path: string): [number, unknown] {
  return [404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `${path} does not exist` }]
}

/** A running fixture API and how to stop it. */
export interface FixtureApi {
  url: string
  close(): Promise<void>
}

/**
 * Starts the fixture API on 127.0.0.1 (port 0 picks a free one).
 * @example const api = await startFixtureApi(); …; await api.close()
 */
export async function startFixtureApi(
  port = 0,
  analyses: Analysis[] = fixtureAnalyses(),
): Promise<FixtureApi> {
  const store: Store = {
    analyses,
    statements: analyses
      .flatMap((analysis) => analysis.statements.map((statement) => view(analysis, statement)))
      .sort((a, b) => b.date.localeCompare(a.date)),
  }
  const server: Server = createServer((request, response) => {
    const [status, body] = route(store, new URL(request.url ?? '/', 'http://fixture'))
    response.writeHead(status, {
      'content-type': status < 400 ? 'application/json' : 'application/problem+json',
    })
    response.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

if (import.meta.main) {
  const api = await startFixtureApi(Number(process.argv[2] ?? 8787))
  console.log(`fixture API on ${api.url}`)
}
