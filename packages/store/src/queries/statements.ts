import type { Polarity, Statement } from '@whosaid/core'
import { sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Store } from '../database.ts'
import { actors, articles, statements } from '../schema.ts'
import type { Page, StatementView } from '../views.ts'
import { allOf, clampLimit, type DateRange, dateConditions, isoOf, splitPage, textMatch } from './filters.ts'

/** Filters of the statement list; all optional. */
export type StatementFilter = DateRange & {
  speaker?: string | undefined
  target?: string | undefined
  polarity?: Polarity | undefined
  /** Full-text search over the content. */
  q?: string | undefined
  limit?: number | undefined
  cursor?: string | undefined
}

/** The sort key of a statement list: newest article first, then by article id, then in text order. */
const StatementCursorSchema = z.tuple([z.iso.datetime(), z.string(), z.number().int()])

const speakerActor = alias(actors, 'speaker_actor')
const targetActor = alias(actors, 'target_actor')

/**
 * Lists statements, newest first, filtered by speaker, target, polarity, words and dates, paged by cursor.
 * @example const { items } = await listStatements(store, { speaker: 'person:sergei-ryabkov', polarity: 'oppose' })
 */
export async function listStatements(
  store: Store,
  filter: StatementFilter = {},
): Promise<Page<StatementView>> {
  const limit = clampLimit(filter.limit)
  const conditions = dateConditions(statements.datedAt, filter)
  if (filter.speaker) conditions.push(sql`${statements.speakerId} = ${filter.speaker}`)
  if (filter.target) conditions.push(sql`${statements.targetId} = ${filter.target}`)
  if (filter.polarity) conditions.push(sql`${statements.polarity} = ${filter.polarity}`)
  if (filter.q) conditions.push(textMatch(statements.search, filter.q))
  if (filter.cursor) {
    const [datedAt, articleId, ordinal] = decodeCursor(filter.cursor, StatementCursorSchema)
    const at = sql`${datedAt}::timestamptz`
    // The first bound lets the index start at the cursor; the rest orders ties (desc, desc, then asc).
    conditions.push(
      sql`${statements.datedAt} <= ${at} and ((${statements.datedAt}, ${statements.articleId}) < (${at}, ${articleId})
        or (${statements.datedAt} = ${at} and ${statements.articleId} = ${articleId} and ${statements.ordinal} > ${ordinal}))`,
    )
  }
  const fetched = await store.db
    .select({
      data: statements.data,
      articleId: statements.articleId,
      ordinal: statements.ordinal,
      datedAt: isoOf(statements.datedAt),
      quote: statements.quote,
      cueText: statements.cueText,
      sourceText: statements.sourceText,
      articleTitle: articles.title,
      speakerName: speakerActor.name,
      targetName: targetActor.name,
    })
    .from(statements)
    .innerJoin(articles, sql`${articles.id} = ${statements.articleId}`)
    .leftJoin(speakerActor, sql`${speakerActor.id} = ${statements.speakerId}`)
    .leftJoin(targetActor, sql`${targetActor.id} = ${statements.targetId}`)
    .where(allOf(conditions))
    .orderBy(
      sql`${statements.datedAt} desc nulls last`,
      sql`${statements.articleId} desc nulls last`,
      statements.ordinal,
    )
    // Prepared: postgres.js keeps it per connection, so PostgreSQL plans each query shape once (planning
    // cost more than running these). PGlite ignores the name.
    .limit(limit + 1)
    .prepare('list_statements')
    .execute()
  const { rows, more } = splitPage(fetched, limit)
  const last = rows.at(-1)
  return {
    items: rows.map((row) => ({
      ...(row.data as Statement),
      articleId: row.articleId,
      articleTitle: row.articleTitle,
      date: row.datedAt,
      ...(row.speakerName === null ? {} : { speakerName: row.speakerName }),
      ...(row.targetName === null ? {} : { targetName: row.targetName }),
      quote: row.quote,
      ...(row.cueText === null ? {} : { cueText: row.cueText }),
      ...(row.sourceText === null ? {} : { sourceText: row.sourceText }),
    })),
    nextCursor: more && last ? encodeCursor([last.datedAt, last.articleId, last.ordinal]) : null,
  }
}
