import type { Polarity } from '@whosaid/core'
import { and, eq, fillPlaceholders, sql } from 'drizzle-orm'
import { z } from 'zod'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Store } from '../database.ts'
import { statements, statementTerms } from '../schema.ts'
import type { Page, StatementView } from '../views.ts'
import { storedActorId, storedIdOf } from './actors.ts'
import {
  allOf,
  clampLimit,
  type DateRange,
  dateConditionsAt,
  dateValues,
  searchQuery,
  splitPage,
  textMatch,
} from './filters.ts'
import { type JsonBytes, pageJson, parseJsonBytes, textOf } from './json-text.ts'
import { preparedQuery, shapeName } from './prepared.ts'
import { everyWordRequired, textRecheck, walkedLexeme } from './search-terms.ts'

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

/**
 * A row of the statement list query, as bytes: the view's JSON, and its ordinal, the one part of the sort key
 * the view does not hold (its `date` and `articleId` are the rest).
 */
type StatementRow = [view: JsonBytes<StatementView>, ordinal: Uint8Array, storedId?: Uint8Array | null]

/** Which filters a statement query has: each combination is one prepared query. */
type StatementShape = {
  from: boolean
  before: boolean
  speaker: boolean
  /** Each row also answers the id the store keeps the speaker's rows under (`storedIdOf`). */
  storedSpeaker: boolean
  target: boolean
  polarity: boolean
  /** Words, some of which may be left out (`or`, `-word`): the text index finds every match. */
  q: boolean
  /** Words that must all be in a match: one word's terms are walked in list order. */
  terms: boolean
  cursor: boolean
}

/**
 * The statement list query for one shape, as SQL text with placeholders for the values: each row's view and
 * ordinal, the columns `listStatementsJson` reads by position.
 */
function buildStatementQuery(store: Store, shape: StatementShape) {
  // The list order's columns: the statement's own, or those of the terms walked, which copy them.
  const order = shape.terms ? statementTerms : statements
  const conditions = dateConditionsAt(order.datedAt, shape)
  if (shape.speaker) conditions.push(sql`${statements.speakerId} = ${sql.placeholder('speaker')}`)
  if (shape.target) conditions.push(sql`${statements.targetId} = ${sql.placeholder('target')}`)
  if (shape.polarity) conditions.push(sql`${statements.polarity} = ${sql.placeholder('polarity')}`)
  if (shape.q) conditions.push(textMatch(statements.search, sql.placeholder('q')))
  if (shape.terms) {
    conditions.push(sql`${statementTerms.lexeme} = ${walkedLexeme(sql.placeholder('q'))}`)
    conditions.push(textRecheck(statements.search, sql.placeholder('q')))
  }
  if (shape.cursor) {
    const at = sql`${sql.placeholder('cursorDatedAt')}::timestamptz`
    const articleId = sql.placeholder('cursorArticleId')
    // The first bound lets the index start at the cursor; the rest orders ties (desc, desc, then asc).
    conditions.push(
      sql`${order.datedAt} <= ${at} and ((${order.datedAt}, ${order.articleId}) < (${at}, ${articleId})
        or (${order.datedAt} = ${at} and ${order.articleId} = ${articleId} and ${order.ordinal} > ${sql.placeholder('cursorOrdinal')}))`,
    )
  }
  const columns = {
    view: statements.view,
    ordinal: statements.ordinal,
    // A column, not the condition: compared with the id given, PostgreSQL plans from that speaker's statistics
    // (a prolific one's rows read by the index in list order); compared with this expression, it guessed a few
    // rows and sorted every statement of a prolific speaker (100 ms against 0.1 for 1,195 statements).
    ...(shape.storedSpeaker ? { storedId: storedIdOf(sql.placeholder('speaker')) } : {}),
  }
  // One table, one index in list order (or the text index and a top-N sort), or one word's terms in list order
  // and each one's statement: each row answers its stored view.
  const rows = shape.terms
    ? store.db
        .select(columns)
        .from(statementTerms)
        .innerJoin(
          statements,
          and(
            eq(statements.articleId, statementTerms.articleId),
            eq(statements.ordinal, statementTerms.ordinal),
          ),
        )
    : store.db.select(columns).from(statements)
  return rows
    .where(allOf(conditions))
    .orderBy(sql`${order.datedAt} desc nulls last`, sql`${order.articleId} desc nulls last`, order.ordinal)
    .limit(sql.placeholder('limit'))
    .toSQL()
}

/**
 * A page of statements as JSON bytes, ready to send: newest first, filtered by speaker, target, polarity, words
 * and dates, paged by cursor. The same page as `listStatements`, without building objects or strings in between:
 * the stored views go from the database's answer into the page as bytes.
 * @example const page = await listStatementsJson(store, { speaker: 'person:sergei-ryabkov' })
 */
export async function listStatementsJson(
  store: Store,
  filter: StatementFilter = {},
): Promise<JsonBytes<Page<StatementView>>> {
  return (await statementPage(store, filter, false)).page
}

/**
 * The statements of speaker id `speaker` as `listStatementsJson` pages them, with the id the store keeps that
 * actor's rows under (`storedActorId`), read by the same query: a caller that answers only when the two agree
 * (and else redirects an old, merged id) makes one round trip. The page holds the rows of `speaker` itself,
 * which are the actor's whole page only when `storedId` is `speaker`; a page without rows asks for the id.
 * @example const { storedId, page } = await listSpeakerStatementsJson(store, 'person:meadows', { limit: 5 })
 */
export async function listSpeakerStatementsJson(
  store: Store,
  speaker: string,
  filter: Omit<StatementFilter, 'speaker'> = {},
): Promise<{ storedId: string; page: JsonBytes<Page<StatementView>> }> {
  const { page, first } = await statementPage(store, { ...filter, speaker }, true)
  const storedId = first?.[2]
  return { storedId: storedId ? textOf(storedId) : await storedActorId(store, speaker), page }
}

/** A page of statements and its first row; `storedSpeaker`: each row answers the speaker's stored id too. */
async function statementPage(
  store: Store,
  filter: StatementFilter,
  storedSpeaker: boolean,
): Promise<{ page: JsonBytes<Page<StatementView>>; first: StatementRow | undefined }> {
  const limit = clampLimit(filter.limit)
  const cursor = filter.cursor ? decodeCursor(filter.cursor, StatementCursorSchema) : undefined
  const q = filter.q ? searchQuery(filter.q) : undefined
  const required = q ? everyWordRequired(q) : undefined
  const shape: StatementShape = {
    from: filter.from !== undefined,
    before: filter.before !== undefined,
    speaker: Boolean(filter.speaker),
    storedSpeaker: Boolean(filter.speaker) && storedSpeaker,
    target: Boolean(filter.target),
    polarity: Boolean(filter.polarity),
    q: required === false,
    terms: required === true,
    cursor: cursor !== undefined,
  }
  const query = preparedQuery(store.db, shapeName('list_statements', shape), () =>
    buildStatementQuery(store, shape),
  )
  const values = await store.queryBytes(
    query.sql,
    fillPlaceholders(query.params, {
      ...dateValues(filter),
      speaker: filter.speaker,
      target: filter.target,
      polarity: filter.polarity,
      q,
      cursorDatedAt: cursor?.[0],
      cursorArticleId: cursor?.[1],
      cursorOrdinal: cursor?.[2],
      limit: limit + 1,
    }),
  )
  const { rows, more } = splitPage(values as StatementRow[], limit)
  const last = rows.at(-1)
  const page = pageJson(
    rows.map((row) => row[0]),
    more && last ? encodeCursor(sortKeyOf(last)) : null,
  )
  return { page, first: rows[0] }
}

/** The sort key of a row, for the next page's cursor: its view's date and article id, and its ordinal. */
function sortKeyOf([view, ordinal]: StatementRow): z.infer<typeof StatementCursorSchema> {
  const { date, articleId } = parseJsonBytes(view)
  return [date, articleId, Number(textOf(ordinal))]
}

/**
 * Lists statements, newest first, filtered by speaker, target, polarity, words and dates, paged by cursor.
 * @example const { items } = await listStatements(store, { speaker: 'person:sergei-ryabkov', polarity: 'oppose' })
 */
export async function listStatements(
  store: Store,
  filter: StatementFilter = {},
): Promise<Page<StatementView>> {
  return parseJsonBytes(await listStatementsJson(store, filter))
}
