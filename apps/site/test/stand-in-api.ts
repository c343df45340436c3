// A stand-in for the whosaid API, for browser tests of shapes the seeds cannot give: an 80-actor relations
// graph and actors whose statements span one day, one week or ten years. It answers only what the relations
// and actor pages read, in the contract's shapes; anything else is a 404 problem.
import { createServer, type Server } from 'node:http'
import { freePort } from '../scripts/processes.ts'
import type { ActorDetail, ArticleSummary, RelationView, TimelinePoint } from '../src/lib/api-types.ts'
import { fixtureRelations } from './relations-fixture.ts'

/** Actors with a timeline of a known span, by id. */
export const TIMELINE_ACTORS: Record<string, { name: string; timeline: TimelinePoint[] }> = {
  'person:one-day': { name: 'Ann Oneday', timeline: [{ date: '2026-11-20', statementCount: 6 }] },
  'person:one-week': {
    name: 'Wes Week',
    timeline: [
      { date: '2026-11-16', statementCount: 3 },
      { date: '2026-11-17', statementCount: 1 },
      { date: '2026-11-19', statementCount: 5 },
      { date: '2026-11-22', statementCount: 2 },
    ],
  },
  'person:ten-years': { name: 'Tess Tenyears', timeline: tenYears() },
}

/** An actor known by several names and by its Wikidata item (the sandbox item, as the data is made up). */
export const NAMED_ACTOR = {
  id: 'person:one-day',
  names: ['Ann Oneday', 'Oneday', 'Ms Oneday', 'Ann B. Oneday'],
  wikidata: 'Q4115189',
}

/** Two articles: one whose page gave a publication date, one stored without. */
export const DATED_ARTICLES: ArticleSummary[] = [
  {
    id: 'a_0000000000000001',
    title: 'Ferry fares to rise',
    dateline: null,
    ingestedAt: '2026-12-02T04:25:00.000Z',
    excerpt: 'Fares will rise by 10% in April, the operator said.',
    actorCount: 1,
    statementCount: 1,
  },
  {
    id: 'a_0000000000000002',
    title: 'Ministers clash over fishing levies',
    dateline: 'LONDON',
    publishedAt: '2019-11-20T08:00:00.000Z',
    ingestedAt: '2026-12-01T09:00:00.000Z',
    excerpt: '"This is a breach of the agreement," French Foreign Minister Jean Martin said.',
    actorCount: 2,
    statementCount: 1,
  },
]

/** Statements on some days of most months from 2016 to 2026, a quiet year in the middle. */
function tenYears(): TimelinePoint[] {
  const points: TimelinePoint[] = []
  for (let year = 2016; year <= 2026; year++) {
    if (year === 2021) continue
    for (let month = 1; month <= 12; month += 1 + ((year + month) % 3)) {
      const day = 1 + ((year * 7 + month * 3) % 27)
      points.push({
        date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        statementCount: 1 + ((year + month * 5) % 9),
      })
    }
  }
  return points
}

function actorDetail(id: string, relations: readonly RelationView[]): ActorDetail | undefined {
  const known = TIMELINE_ACTORS[id]
  const edge = relations.find((relation) => relation.source === id || relation.target === id)
  const name = known?.name ?? (edge ? (edge.source === id ? edge.sourceName : edge.targetName) : undefined)
  if (name === undefined) return undefined
  const timeline = known?.timeline ?? []
  const statementCount = timeline.reduce((sum, point) => sum + point.statementCount, 0)
  return {
    id,
    name,
    kind: (id.split(':')[0] ?? 'person') as ActorDetail['kind'],
    aliases: [],
    ...(id === NAMED_ACTOR.id ? { names: NAMED_ACTOR.names, wikidata: NAMED_ACTOR.wikidata } : {}),
    articleCount: timeline.length,
    statementCount,
    stances: relations.filter((relation) => relation.source === id),
    opposedBy: relations.filter((relation) => relation.target === id),
    timeline,
  }
}

/** Starts the stand-in on a free loopback port with a graph of `actors` actors; resolves to its URL and server. */
export async function startStandInApi(actors: number): Promise<{ url: string; server: Server }> {
  const relations = fixtureRelations(actors)
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in')
    const send = (status: number, body: unknown) => {
      response.writeHead(status, {
        'Content-Type': status < 400 ? 'application/json' : 'application/problem+json',
      })
      response.end(JSON.stringify(body))
    }
    const path = url.pathname
    const actorPath = /^\/v1\/actors\/([^/]{1,200})(\/statements)?$/.exec(path)
    if (path === '/healthz') return send(200, { ok: true })
    if (path === '/v1/articles') return send(200, { items: DATED_ARTICLES, nextCursor: null })
    if (path === '/v1/relations') {
      const actor = url.searchParams.get('actor')
      const items = actor ? relations.filter((r) => r.source === actor || r.target === actor) : relations
      return send(200, { items, nextCursor: null })
    }
    if (actorPath) {
      const id = decodeURIComponent(actorPath[1] ?? '')
      const detail = actorDetail(id, relations)
      if (detail && actorPath[2]) return send(200, { items: [], nextCursor: null })
      if (detail) return send(200, detail)
    }
    send(404, {
      type: 'urn:whosaid:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: `The stand-in API has nothing at ${path}.`,
      code: 'not-found',
    })
  })
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      })
      return { url: `http://127.0.0.1:${port}`, server }
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}
