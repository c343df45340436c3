// What each article said about its actors (name, role, affiliation), kept per extracted id, and the facts an
// actor shows drawn from all of it: the value most of its articles state, the latest breaking ties.
import { sql } from 'drizzle-orm'
import { type Database, queryRows, sqlAny } from './database.ts'
import type { IngestRows } from './rows.ts'
import { actorEvidence, actorIdentities, actors } from './schema.ts'
import { eachInSteps, runSteps, type Steps } from './steps.ts'

/** The facts an article states about an actor, one row per field and value. */
export type EvidenceRow = typeof actorEvidence.$inferInsert

/**
 * The evidence rows of one article, from its actors as extracted (before they are resolved). Pure.
 * @example evidenceRows(toRows(analysis, now)).filter((row) => row.field === 'role')
 */
export function evidenceRows(rows: IngestRows): EvidenceRow[] {
  return runSteps(evidenceRowsSteps(rows))
}

/** `evidenceRows` in steps (`steps.ts`): a long article has thousands of actors. */
export function* evidenceRowsSteps(rows: IngestRows): Steps<EvidenceRow[]> {
  const out = new Map<string, EvidenceRow>()
  yield* eachInSteps(rows.actors, (actor) => {
    const facts: [string, string | null | undefined][] = [
      ['name', actor.name],
      ['role', actor.role],
      ['affiliation', actor.affiliation],
    ]
    for (const [field, value] of facts) {
      if (!value) continue
      out.set(`${actor.id}\u0000${field}\u0000${value}`, {
        extractedId: actor.id,
        field,
        value,
        articleId: rows.article.id,
        datedAt: rows.article.datedAt,
      })
    }
  })
  return [...out.values()]
}

/** The best supported value of one field for the actor in the outer query: most articles, then latest. */
function best(field: 'role' | 'affiliation') {
  const value = field === 'affiliation' ? sql`coalesce(a.canonical_id, e.value)` : sql`e.value`
  return sql`(select ${value} from ${actorEvidence} e
    join ${actorIdentities} i on i.actor_id = e.extracted_id
    ${field === 'affiliation' ? sql`left join ${actorIdentities} a on a.actor_id = e.value` : sql``}
    where i.canonical_id = ${actors.id} and e.field = ${field}
    group by 1 order by count(distinct e.article_id) desc, max(e.dated_at) desc, 1 limit 1)`
}

/** The role and affiliation an actor shows. */
export type ShownFacts = { id: string; role: string | null; affiliation: string | null }

/**
 * Sets each of the actors' role and affiliation to the value most of its articles state (the latest article
 * breaking ties), never one article's first word. A registered actor keeps the registry's where it has one.
 * Answers what each shows now.
 */
export async function refreshFacts(db: Database, ids: readonly string[]): Promise<ShownFacts[]> {
  if (ids.length === 0) return []
  const list = sqlAny(ids)
  return queryRows<ShownFacts>(
    db,
    sql`update ${actors} set
    role = case when ${actors.registered} and ${actors.role} is not null then ${actors.role}
      else coalesce(${best('role')}, ${actors.role}) end,
    affiliation = case when ${actors.registered} and ${actors.affiliation} is not null then ${actors.affiliation}
      else coalesce(${best('affiliation')}, ${actors.affiliation}) end
    where ${actors.id} = ${list}
    returning id, role, affiliation`,
  )
}

/**
 * The name forms of the actors' extracted ids, the one most articles use first (the latest breaking ties).
 * @example await nameForms(db, ['person:donald-trump']) // Map { 'person:donald-trump' => ['Trump', 'Donald Trump'] }
 */
export async function nameForms(db: Database, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (ids.length === 0) return out
  const list = sqlAny(ids)
  const rows = await queryRows<{ id: string; value: string }>(
    db,
    sql`select i.canonical_id as id, e.value from ${actorEvidence} e
        join ${actorIdentities} i on i.actor_id = e.extracted_id
        where i.canonical_id = ${list} and e.field = 'name'
        group by i.canonical_id, e.value
        order by i.canonical_id, count(distinct e.article_id) desc, max(e.dated_at) desc, e.value`,
  )
  for (const { id, value } of rows) {
    // Grown in place: copying the list for each form was quadratic in an actor's name forms.
    const forms = out.get(id)
    if (forms) forms.push(value)
    else out.set(id, [value])
  }
  return out
}
