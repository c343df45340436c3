// Keeps stored statement views in step with the actors they name: after a merge or split moves statements to
// another actor, their views name that actor (its canonical id and the name it is stored under).
import type { Statement } from '@whosaid/core'
import { sql } from 'drizzle-orm'
import { canonicalStatement } from './canonical-analysis.ts'
import { type Database, queryRows } from './database.ts'
import { statementViewJson } from './queries/statement-json.ts'
import { actors, statements } from './schema.ts'
import type { StatementView } from './views.ts'

/** Which statement: its article and id. */
export type StatementKey = { articleId: string; id: string }

/** A stored statement as a view refresh reads it. */
type ViewRow = {
  articleId: string
  id: string
  data: string | Statement
  view: string
  speakerId: string | null
  targetId: string | null
  speakerName: string | null
  targetName: string | null
}

/** The view of a stored statement given its speaker and target as they now are. Pure. */
export function refreshedView(row: ViewRow): string {
  const old = JSON.parse(row.view) as StatementView
  const data = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Statement
  return statementViewJson(canonicalStatement(data, row.speakerId, row.targetId), {
    articleId: old.articleId,
    articleTitle: old.articleTitle,
    date: old.date,
    dateSource: old.dateSource ?? 'ingestedAt',
    quote: old.quote,
    cueText: old.cueText ?? null,
    sourceText: old.sourceText ?? null,
    speakerName: row.speakerName ?? old.speakerName ?? null,
    targetName: row.targetName ?? old.targetName ?? null,
  })
}

/** How many statements one refresh reads at a time. */
const BATCH = 500

/**
 * Writes anew the views of the given statements, so that they name their speaker and target as stored now
 * (canonical id, its name, the extractor's id beside it). Work is proportional to the statements given.
 */
export async function refreshViews(db: Database, keys: readonly StatementKey[]): Promise<void> {
  const unique = [...new Map(keys.map((key) => [`${key.articleId}\u0000${key.id}`, key])).values()]
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH)
    const pairs = sql.join(
      batch.map(({ articleId, id }) => sql`(${articleId}, ${id})`),
      sql`, `,
    )
    const rows = await queryRows<ViewRow>(
      db,
      sql`select s.article_id as "articleId", s.id, s.data::text as data, s.view,
            s.speaker_id as "speakerId", s.target_id as "targetId",
            sp.name as "speakerName", tg.name as "targetName"
          from ${statements} s
          left join ${actors} sp on sp.id = s.speaker_id
          left join ${actors} tg on tg.id = s.target_id
          where (s.article_id, s.id) in (${pairs})`,
    )
    const changed = rows
      .map((row) => ({ row, view: refreshedView(row) }))
      .filter(({ row, view }) => view !== row.view)
    if (changed.length === 0) continue
    // Every changed view of the batch in one statement.
    const values = sql.join(
      changed.map(({ row, view }) => sql`(${row.articleId}, ${row.id}, ${view})`),
      sql`, `,
    )
    await db.execute(sql`update ${statements} s set view = v.view
      from (values ${values}) as v(article_id, id, view)
      where s.article_id = v.article_id and s.id = v.id`)
  }
}
