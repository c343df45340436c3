import type { Polarity } from '@whosaid/core'
import { fillPlaceholders, type SQL, type SQLWrapper, sql } from 'drizzle-orm'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Store } from '../database.ts'
import { actors, articles, statements } from '../schema.ts'
import type { Page, StatementView } from '../views.ts'
import {
  allOf,
  clampLimit,
  type DateRange,
  dateConditionsAt,
  dateValues,
  isoOf,
  splitPage,
  textMatch,
} from './filters.ts'
import { type JsonText, pageJson, parseJsonText } from './json-text.ts'
import { preparedQuery, shapeName } from './prepared.ts'
import { statementViewJson, toStatementRow } from './statement-json.ts'

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

/** A name from the actors table, or null: a scalar subquery, so that only the rows of the page look it up. */
function actorName(id: SQLWrapper): SQL<string | null> {
  return sql<string | null>`(select ${actors.name} from ${actors} where ${actors.id} = ${id})`
}

/** Which filters a statement query has: each combination is one prepared query. */
type StatementShape = {
  from: boolean
  before: boolean
  speaker: boolean
  target: boolean
  polarity: boolean
  q: boolean
  cursor: boolean
}

/**
 * The statement list query for one shape, as SQL text with placeholders for the values. Its columns are in
 * the order `toStatementRow` reads them.
 */
function buildStatementQuery(store: Store, shape: StatementShape) {
  const conditions = dateConditionsAt(statements.datedAt, shape)
  if (shape.speaker) conditions.push(sql`${statements.speakerId} = ${sql.placeholder('speaker')}`)
  if (shape.target) conditions.push(sql`${statements.targetId} = ${sql.placeholder('target')}`)
  if (shape.polarity) conditions.push(sql`${statements.polarity} = ${sql.placeholder('polarity')}`)
  if (shape.q) conditions.push(textMatch(statements.search, sql.placeholder('q')))
  if (shape.cursor) {
    const at = sql`${sql.placeholder('cursorDatedAt')}::timestamptz`
    const articleId = sql.placeholder('cursorArticleId')
    // The first bound lets the index start at the cursor; the rest orders ties (desc, desc, then asc).
    conditions.push(
      sql`${statements.datedAt} <= ${at} and ((${statements.datedAt}, ${statements.articleId}) < (${at}, ${articleId})
        or (${statements.datedAt} = ${at} and ${statements.articleId} = ${articleId} and ${statements.ordinal} > ${sql.placeholder('cursorOrdinal')}))`,
    )
  }
  // The page's keys first, from the narrow index columns only, then the page's rows by primary key: however
  // the planner finds the matches (an index in list order, or the text index and a top-N sort), it never
  // carries a whole row it will not answer. Names are looked up for the page's rows only.
  const page = store.db
    .select({
      articleId: statements.articleId,
      id: statements.id,
      datedAt: statements.datedAt,
      ordinal: statements.ordinal,
    })
    .from(statements)
    .where(allOf(conditions))
    .orderBy(
      sql`${statements.datedAt} desc nulls last`,
      sql`${statements.articleId} desc nulls last`,
      statements.ordinal,
    )
    .limit(sql.placeholder('limit'))
    .as('page')
  return store.db
    .select({
      dataJson: sql<string>`${statements.data}::text`,
      articleId: page.articleId,
      ordinal: page.ordinal,
      datedAt: isoOf(page.datedAt),
      quote: statements.quote,
      cueText: statements.cueText,
      sourceText: statements.sourceText,
      articleTitle: sql<
        string | null
      >`(select ${articles.title} from ${articles} where ${articles.id} = ${page.articleId})`,
      speakerName: actorName(statements.speakerId),
      targetName: actorName(statements.targetId),
    })
    .from(page)
    .innerJoin(statements, sql`${statements.articleId} = ${page.articleId} and ${statements.id} = ${page.id}`)
    .orderBy(sql`${page.datedAt} desc nulls last`, sql`${page.articleId} desc nulls last`, page.ordinal)
    .toSQL()
}

/**
 * A page of statements as JSON text, ready to send: newest first, filtered by speaker, target, polarity, words
 * and dates, paged by cursor. The same page as `listStatements`, without building objects in between.
 * @example const page = await listStatementsJson(store, { speaker: 'person:sergei-ryabkov' })
 */
export async function listStatementsJson(
  store: Store,
  filter: StatementFilter = {},
): Promise<JsonText<Page<StatementView>>> {
  const limit = clampLimit(filter.limit)
  const cursor = filter.cursor ? decodeCursor(filter.cursor, StatementCursorSchema) : undefined
  const shape: StatementShape = {
    from: filter.from !== undefined,
    before: filter.before !== undefined,
    speaker: Boolean(filter.speaker),
    target: Boolean(filter.target),
    polarity: Boolean(filter.polarity),
    q: Boolean(filter.q),
    cursor: cursor !== undefined,
  }
  const query = preparedQuery(store.db, shapeName('list_statements', shape), () =>
    buildStatementQuery(store, shape),
  )
  const values = await store.queryArrays(
    query.sql,
    fillPlaceholders(query.params, {
      ...dateValues(filter),
      speaker: filter.speaker,
      target: filter.target,
      polarity: filter.polarity,
      q: filter.q,
      cursorDatedAt: cursor?.[0],
      cursorArticleId: cursor?.[1],
      cursorOrdinal: cursor?.[2],
      limit: limit + 1,
    }),
  )
  const fetched = values.map(toStatementRow)
  const { rows, more } = splitPage(fetched, limit)
  const last = rows.at(-1)
  return pageJson(
    rows.map(statementViewJson),
    more && last ? encodeCursor([last.datedAt, last.articleId, last.ordinal]) : null,
  )
}

/**
 * Lists statements, newest first, filtered by speaker, target, polarity, words and dates, paged by cursor.
 * @example const { items } = await listStatements(store, { speaker: 'person:sergei-ryabkov', polarity: 'oppose' })
 */
export async function listStatements(
  store: Store,
  filter: StatementFilter = {},
): Promise<Page<StatementView>> {
  return parseJsonText(await listStatementsJson(store, filter))
}
