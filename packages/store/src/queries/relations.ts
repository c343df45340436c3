import type { ActorId, Polarity } from '@whosaid/core'
import { sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Store } from '../database.ts'
import { actors, stances } from '../schema.ts'
import type { Page, RelationView } from '../views.ts'
import { allOf, clampLimit, splitPage } from './filters.ts'

/** Filters of the relation list; all optional. */
export type RelationFilter = {
  /** Edges with this actor at either end. */
  actor?: string | undefined
  /** Edges from this actor. */
  source?: string | undefined
  /** Edges to this actor. */
  target?: string | undefined
  polarity?: Polarity | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** The sort key of a relation list: most statements first, then by source, target and polarity. */
const RelationCursorSchema = z.tuple([z.number().int(), z.string(), z.string(), z.string()])

/** How many statement ids a relation lists. */
const RELATION_STATEMENTS = 20

const sourceActor = alias(actors, 'source_actor')
const targetActor = alias(actors, 'target_actor')

/**
 * Lists actor → actor stance edges across every article, the best attested first, with the newest statements.
 * @example const { items } = await listRelations(store, { actor: 'country:russia', polarity: 'oppose' })
 */
export async function listRelations(store: Store, filter: RelationFilter = {}): Promise<Page<RelationView>> {
  const limit = clampLimit(filter.limit)
  const conditions = []
  if (filter.actor)
    conditions.push(sql`(${stances.sourceId} = ${filter.actor} or ${stances.targetId} = ${filter.actor})`)
  if (filter.source) conditions.push(sql`${stances.sourceId} = ${filter.source}`)
  if (filter.target) conditions.push(sql`${stances.targetId} = ${filter.target}`)
  if (filter.polarity) conditions.push(sql`${stances.polarity} = ${filter.polarity}`)
  if (filter.cursor) {
    const [count, source, target, polarity] = decodeCursor(filter.cursor, RelationCursorSchema)
    conditions.push(
      sql`${stances.statementCount} <= ${count} and (${stances.statementCount} < ${count} or (${stances.sourceId}, ${stances.targetId}, ${stances.polarity}) > (${source}, ${target}, ${polarity}))`,
    )
  }
  const fetched = await store.db
    .select({
      source: stances.sourceId,
      sourceName: sql<string>`coalesce(${sourceActor.name}, ${stances.sourceId})`,
      target: stances.targetId,
      targetName: sql<string>`coalesce(${targetActor.name}, ${stances.targetId})`,
      polarity: stances.polarity,
      count: stances.statementCount,
      statements: sql<string[]>`array(
        select s.id from statements s
        where s.speaker_id = ${stances.sourceId} and s.target_id = ${stances.targetId} and s.polarity = ${stances.polarity}
        order by s.dated_at desc nulls last, s.article_id desc nulls last, s.ordinal
        limit ${sql.raw(String(RELATION_STATEMENTS))})`,
    })
    .from(stances)
    .leftJoin(sourceActor, sql`${sourceActor.id} = ${stances.sourceId}`)
    .leftJoin(targetActor, sql`${targetActor.id} = ${stances.targetId}`)
    .where(allOf(conditions))
    .orderBy(
      sql`${stances.statementCount} desc nulls last`,
      stances.sourceId,
      stances.targetId,
      stances.polarity,
    )
    // Prepared: postgres.js keeps it per connection, so PostgreSQL plans each query shape once (planning
    // cost more than running these). PGlite ignores the name.
    .limit(limit + 1)
    .prepare('list_relations')
    .execute()
  const { rows, more } = splitPage(fetched, limit)
  const last = rows.at(-1)
  return {
    items: rows.map((row) => ({
      ...row,
      source: row.source as ActorId,
      target: row.target as ActorId,
      polarity: row.polarity as Polarity,
    })),
    nextCursor: more && last ? encodeCursor([last.count, last.source, last.target, last.polarity]) : null,
  }
}
