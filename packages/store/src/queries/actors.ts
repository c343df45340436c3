import type { ActorId, ActorKind } from '@whosaid/core'
import { eq, fillPlaceholders, type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import { queryRows, type Store } from '../database.ts'
import { nameForms } from '../evidence.ts'
import { actorIdentities, actors, statements } from '../schema.ts'
import type { ActorDetail, ActorSummary, Page, TimelinePoint } from '../views.ts'
import { allOf, clampLimit, containsPattern, splitPage } from './filters.ts'
import { textOf } from './json-text.ts'
import { preparedQuery } from './prepared.ts'
import { listRelations } from './relations.ts'

/** Filters of the actor list; all optional. */
export type ActorFilter = {
  /** A piece of the name or of an alias, any case. */
  q?: string | undefined
  kind?: ActorKind | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** The sort key of an actor list: most articles first, then by id. */
const ActorCursorSchema = z.tuple([z.number().int(), z.string()])

/** How many stance edges an actor's detail lists each way. */
const DETAIL_RELATIONS = 50

/** The columns of an ActorSummary. */
const actorSummaryColumns = {
  id: actors.id,
  name: actors.name,
  kind: actors.kind,
  role: actors.role,
  affiliation: actors.affiliation,
  aliases: actors.aliases,
  articleCount: actors.articleCount,
  statementCount: actors.statementCount,
}

/**
 * The actors reads show: those some stored article names, and the registry's. An actor an ingest has settled
 * but not yet written (or whose write failed and was not undone) has no article and stays out of sight.
 */
const shown = sql`(${actors.articleCount} > 0 or ${actors.registered})`

/**
 * SQL for the id under which the store keeps actor `id`'s rows (statements, articles, stances): `id` itself
 * when it is an actor reads show, else the canonical actor it was merged into, else `id` (an id never seen
 * matches nothing). `id` is a value or a placeholder; a query can compare a column with it in place of a
 * round trip to `storedActorId` first.
 */
export function storedIdOf(id: unknown): SQL<string> {
  return sql<string>`coalesce(
    (select ${actors.id} from ${actors} where ${actors.id} = ${id} and ${shown}),
    (select ${actorIdentities.canonicalId} from ${actorIdentities} where ${actorIdentities.actorId} = ${id}),
    ${id})`
}

/**
 * The id under which the store keeps actor `id`'s rows (see `storedIdOf`): what a filter by actor compares,
 * so that an old, merged id finds what its canonical actor has. One prepared query, built once per database.
 * @example await storedActorId(store, 'person:meadows') // 'person:mark-meadows' once merged into it
 */
export async function storedActorId(store: Store, id: string): Promise<string> {
  const query = preparedQuery(store.db, 'stored_actor_id', () =>
    store.db
      .select({ id: storedIdOf(sql.placeholder('id')) })
      .from(sql`(select 1) as one`)
      .toSQL(),
  )
  const [row] = await store.queryBytes(query.sql, fillPlaceholders(query.params, { id }))
  const stored = row?.[0]
  return stored ? textOf(stored) : id
}

/** One selected actor row. */
type ActorRow = {
  id: string
  name: string
  kind: string
  role: string | null
  affiliation: string | null
  aliases: string[]
  articleCount: number
  statementCount: number
}

/** An actor row as an ActorSummary, leaving out what it does not have. */
function toActorSummary(row: ActorRow): ActorSummary {
  return {
    id: row.id as ActorId,
    name: row.name,
    kind: row.kind as ActorKind,
    ...(row.role === null ? {} : { role: row.role }),
    ...(row.affiliation === null ? {} : { affiliation: row.affiliation as ActorId }),
    aliases: row.aliases,
    articleCount: row.articleCount,
    statementCount: row.statementCount,
  }
}

/**
 * Lists actors, those named in most articles first, filtered by kind and by a piece of a name or alias.
 * @example const { items } = await listActors(store, { q: 'ryab', kind: 'person' })
 */
export async function listActors(store: Store, filter: ActorFilter = {}): Promise<Page<ActorSummary>> {
  const limit = clampLimit(filter.limit)
  const conditions = [shown]
  if (filter.kind) conditions.push(eq(actors.kind, filter.kind))
  if (filter.q) conditions.push(sql`${actors.searchText} like ${containsPattern(filter.q)}`)
  if (filter.cursor) {
    const [articleCount, id] = decodeCursor(filter.cursor, ActorCursorSchema)
    conditions.push(
      sql`${actors.articleCount} <= ${articleCount} and (${actors.articleCount} < ${articleCount} or ${actors.id} > ${id})`,
    )
  }
  const fetched = await store.db
    .select(actorSummaryColumns)
    .from(actors)
    .where(allOf(conditions))
    .orderBy(sql`${actors.articleCount} desc nulls last`, actors.id)
    // Prepared: postgres.js keeps it per connection, so PostgreSQL plans each query shape once (planning
    // cost more than running these). PGlite ignores the name.
    .limit(limit + 1)
    .prepare('list_actors')
    .execute()
  const { rows, more } = splitPage(fetched, limit)
  const last = rows.at(-1)
  return {
    items: rows.map(toActorSummary),
    nextCursor: more && last ? encodeCursor([last.articleCount, last.id]) : null,
  }
}

/** Statements an actor made per day (UTC), oldest first. */
async function timelineOf(store: Store, id: string): Promise<TimelinePoint[]> {
  const rows = await queryRows<{ date: string; statementCount: number }>(
    store.db,
    sql`select to_char(${statements.datedAt} at time zone 'UTC', 'YYYY-MM-DD') as "date", count(*)::int as "statementCount"
        from ${statements} where ${statements.speakerId} = ${id}
        group by 1 order by 1`,
  )
  return rows.map(({ date, statementCount }) => ({ date, statementCount: Number(statementCount) }))
}

/**
 * Every form of the name merged into an actor: the names its extracted ids had, the one most articles use
 * first (the latest breaking ties), then its stored name and aliases that no article gave (a registry's).
 */
export async function namesOf(
  store: Pick<Store, 'db'>,
  actor: { id: string; name: string; aliases: readonly string[] },
): Promise<string[]> {
  const forms = (await nameForms(store.db, [actor.id])).get(actor.id) ?? []
  return [...new Set([...forms, actor.name, ...actor.aliases])]
}

/**
 * One actor with its outgoing and incoming stances and its timeline, or null when unknown.
 * @example const detail = await getActor(store, 'person:sergei-ryabkov')
 */
export async function getActor(store: Store, id: string): Promise<ActorDetail | null> {
  const [row] = await store.db
    .select({ ...actorSummaryColumns, wikidata: actors.wikidata })
    .from(actors)
    .where(sql`${actors.id} = ${id} and ${shown}`)
    .limit(1)
  if (!row) return null
  const summary = toActorSummary(row)
  const [affiliation] = row.affiliation
    ? await store.db.select({ name: actors.name }).from(actors).where(eq(actors.id, row.affiliation)).limit(1)
    : []
  const stances = await listRelations(store, { source: id, limit: DETAIL_RELATIONS })
  const opposedBy = await listRelations(store, { target: id, limit: DETAIL_RELATIONS })
  const timeline = await timelineOf(store, id)
  return {
    ...summary,
    ...(affiliation ? { affiliationName: affiliation.name } : {}),
    wikidata: row.wikidata,
    names: await namesOf(store, row),
    stances: stances.items,
    opposedBy: opposedBy.items,
    timeline,
  }
}
