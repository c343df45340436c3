// An actor's rows recomputed from what stands under it: its counts, aliases and stance edges, and the mention rows
// of an article's actors, as a merge, a split or a per-article identity leaves them. Over the database only, so
// that curation and identity per article share it without importing each other.
import type { Actor } from '@whosaid/core'
import { eq, sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx } from './database.ts'
import {
  actorEvidence,
  actorIdentities,
  actors,
  articleActors,
  articleIdentities,
  type mentions,
  stances,
  statements,
} from './schema.ts'

/**
 * The name forms of an actor as its articles' rows stand: the names of the ids it stands for store-wide, but in
 * the articles where a per-article row sends them elsewhere, and of the ids such rows send to it. Most articles
 * first, the latest breaking ties (as `nameForms`).
 */
export async function standingNameForms(tx: Tx, id: string): Promise<string[]> {
  const rows = await queryRows<{ value: string }>(
    tx,
    sql`select e.value from (
        select e.value, e.article_id, e.dated_at from ${actorEvidence} e
          join ${actorIdentities} i on i.actor_id = e.extracted_id
          where i.canonical_id = ${id} and e.field = 'name' and not exists (select 1 from ${articleIdentities} x
            where x.article_id = e.article_id and x.extracted_id = e.extracted_id)
        union all
        select e.value, e.article_id, e.dated_at from ${articleIdentities} x
          join ${actorEvidence} e on e.extracted_id = x.extracted_id and e.article_id = x.article_id
          where x.canonical_id = ${id} and e.field = 'name') e
      group by e.value order by count(distinct e.article_id) desc, max(e.dated_at) desc, e.value`,
  )
  return rows.map(({ value }) => value)
}

/** The mention rows of an article's actors as extracted, each under the canonical id `to` gives. Pure. */
export function mentionRows(articleId: string, list: readonly Actor[], to: (id: string) => string) {
  const rows = new Map<string, typeof mentions.$inferInsert>()
  for (const actor of list) {
    const actorId = to(actor.id)
    const spans = [
      ...actor.mentions.map((span) => ({ span, form: null as string | null })),
      ...(actor.references ?? []).map(({ span, form }) => ({ span, form: form as string | null })),
    ]
    for (const { span, form } of spans) {
      const key = `${actorId}\u0000${span.start}\u0000${span.end}`
      if (!rows.has(key)) rows.set(key, { articleId, actorId, start: span.start, end: span.end, form })
    }
  }
  return [...rows.values()]
}

/** Sets an actor's counts, aliases and search text from the rows it now has. */
export async function recount(tx: Tx, id: string): Promise<void> {
  // As its articles' rows stand: a lone word's articles that name another person alone count for that one.
  const names = await standingNameForms(tx, id)
  const [row] = await tx
    .select({ name: actors.name, aliases: actors.aliases, registered: actors.registered })
    .from(actors)
    .where(eq(actors.id, id))
  if (!row) return
  // The names its articles gave; a registered actor keeps the registry's aliases too.
  const aliases = [...new Set([...names, ...(row.registered ? row.aliases : [])])]
    .filter((alias) => alias !== row.name)
    .sort()
  await tx.execute(sql`update ${actors} set
    article_count = (select count(*)::int from ${articleActors} where actor_id = ${id}),
    statement_count = (select count(*)::int from ${statements} where speaker_id = ${id}),
    aliases = ${sql`array[${sql.join(
      aliases.map((alias) => sql`${alias}`),
      sql`, `,
    )}]::text[]`},
    search_text = ${[row.name, ...aliases].join(' ').toLowerCase()}
    where id = ${id}`)
}

/** Counts the stance edges at either end of the actors anew from their statements. */
export async function recountStances(tx: Tx, ids: readonly string[]): Promise<void> {
  const list = sqlAny(ids)
  await tx.execute(sql`delete from ${stances} where source_id = ${list} or target_id = ${list}`)
  await tx.execute(sql`insert into ${stances} (source_id, target_id, polarity, statement_count)
    select speaker_id, target_id, polarity, count(*)::int from ${statements}
    where (speaker_id = ${list} or target_id = ${list})
      and speaker_id is not null and target_id is not null and polarity is not null and speaker_id <> target_id
    group by speaker_id, target_id, polarity`)
}
