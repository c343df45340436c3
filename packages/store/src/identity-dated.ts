// The time window applied to stored lone words (`identity-window.ts`). Each extracted id keeps the span of its
// dated articles (`actor_spans`); a lone word fits a person only when the lone word's whole span lies within the
// window of the person's (the span of its full names). Spans only widen, so an article can make a lone word fit
// a person it did not (the person's span widened) or stop fitting one (its own span widened): after each
// article the lone words of its persons' words are decided again, which keeps the store what the same articles
// in any order give.
import { sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx } from './database.ts'
import { decide, type Found, givenWordOf, kindGroup, loneWordOf, nameKeys } from './identity.ts'
import { readNotNames } from './identity-names.ts'
import { joinSpans, type Span, WINDOW_YEARS, widens, withinWindow } from './identity-window.ts'
import { keyedActors } from './keyed-actors.ts'
import type { IngestRows } from './rows.ts'

/** How an identity row the window decided begins its reason: a later article may undo only such a decision. */
export const WINDOW_REASON = `dated within ${WINDOW_YEARS} years`

/**
 * The words lone words of an article's persons go by: each lone word, and each full name's surname and given
 * name (`s:`, `g:` keys). Sorted.
 */
export function windowWords(rows: { actors: readonly { name: string; kind: string }[] }): string[] {
  const words = new Set<string>()
  for (const { name, kind } of rows.actors) {
    if (kindGroup(kind) !== 'p') continue
    const lone = loneWordOf(name)
    if (lone !== undefined) words.add(lone)
    else
      for (const key of nameKeys(name, kind))
        if (key.startsWith('s:') || key.startsWith('g:')) words.add(key.slice(2))
  }
  return [...words].sort()
}

/** The stored spans of these extracted ids (an undated id has none). */
async function readSpans(tx: Tx, ids: readonly string[]): Promise<Map<string, Span>> {
  const rows = await queryRows<{ id: string; first: Date | string; last: Date | string }>(
    tx,
    sql`select extracted_id as id, first_at as first, last_at as last from actor_spans
      where extracted_id = ${sqlAny(ids)}`,
  )
  return new Map(rows.map((row) => [row.id, { first: new Date(row.first), last: new Date(row.last) }]))
}

/** An id whose span an article widened, with its span before (none when it had no dated article). */
export type Widened = { id: string; before: Span | undefined }

/**
 * Adds a dated article's publication date to the spans of the ids it extracted (nothing for an undated one), and
 * answers the ids whose span it widened, with their spans before.
 */
export async function recordSpans(tx: Tx, rows: IngestRows): Promise<Widened[]> {
  const published = rows.article.publishedAt
  if (!published) return []
  const date = new Date(published)
  const ids = [...new Set(rows.actors.map((actor) => actor.id))].sort()
  const stored = await readSpans(tx, ids)
  const widened = ids.filter((id) => widens(stored.get(id), date))
  if (widened.length === 0) return []
  await tx.execute(sql`insert into actor_spans (extracted_id, first_at, last_at)
    select id, ${date.toISOString()}::timestamptz, ${date.toISOString()}::timestamptz
    from jsonb_array_elements_text(${JSON.stringify(widened)}::jsonb) as w(id)
    order by id
    on conflict (extracted_id) do update set first_at = least(actor_spans.first_at, excluded.first_at),
      last_at = greatest(actor_spans.last_at, excluded.last_at)`)
  return widened.map((id) => ({ id, before: stored.get(id) }))
}

/**
 * The persons among `found` that the stored articles make no names (`readNotNames`, each asked once, with
 * nothing of an article being ingested): what a lone word's decision outside an ingest's resolution reads.
 */
export async function storedNotNames(tx: Tx, found: readonly Found[]): Promise<Set<string>> {
  return readNotNames(
    tx,
    [...new Map(found.map((row) => [row.id, row])).values()].flatMap(({ id, name }) => {
      const given = givenWordOf(name)
      return given === undefined
        ? []
        : [{ id, given, inBodyHere: false, inHeadlineHere: false, lowerHere: false }]
    }),
    new Map(),
  )
}

/** A stored lone word the window decides otherwise than it stands: split off `from` (unless itself), join `into`. */
export type WindowMove = { id: string; from: string; into: string; rule: string }

/** An identity row under a canonical actor, with its id's span. */
export type IdentityRow = {
  id: string
  canonical: string
  parent: string | null
  name: string
  kind: string
  rule: string
  reason: string
  curated: boolean
  first: Date | string | null
  last: Date | string | null
}

/** The identity rows under the canonical actors of `under` (by id), with their ids' spans: one read. */
export async function readIdentityRows(tx: Tx, under: readonly { id: string }[]): Promise<IdentityRow[]> {
  return queryRows<IdentityRow>(
    tx,
    sql`select i.actor_id as id, i.canonical_id as canonical, i.parent_id as parent, i.name, i.kind, i.rule,
        i.reason, i.curated, s.first_at as first, s.last_at as last
      from actor_identities i left join actor_spans s on s.extracted_id = i.actor_id
      where i.canonical_id = ${sqlAny([...new Set(under.map((row) => row.id))])}
      order by i.actor_id`,
  )
}

/** The span of each id with those of the ids below it in the merge tree (`parent_id`). */
export function subtreeSpans(rows: readonly IdentityRow[]): Map<string, Span | undefined> {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const out = new Map<string, Span | undefined>()
  for (const row of rows) {
    if (row.first === null || row.last === null) continue
    const span = { first: new Date(row.first), last: new Date(row.last) }
    // Up the tree to the canonical actor: a cycle cannot occur, but the walk is bounded by the rows anyway.
    let at: IdentityRow | undefined = row
    for (let steps = 0; at !== undefined && steps <= rows.length; steps++) {
      out.set(at.id, joinSpans(out.get(at.id), span))
      at = at.parent === null || at.parent === at.id ? undefined : byId.get(at.parent)
    }
  }
  return out
}

/**
 * The lone words of `words` (on their own, or joined directly to a person by the word) that the window decides
 * otherwise than they stand: each is decided as a new article's lone word would be (`decide`), once with every
 * bearer of its word and once with those whose span's window holds its span. A decision changes only where the
 * window changes it, or where an earlier window decision (`WINDOW_REASON`) no longer holds: the rest is left to
 * the rules without dates. Also answers the words that have both a lone word and a bearer (`contested`).
 */
export async function windowMoves(
  tx: Tx,
  words: readonly string[],
): Promise<{ moves: WindowMove[]; contested: Set<string> }> {
  const none = { moves: [], contested: new Set<string>() }
  if (words.length === 0) return none
  const keys = words.flatMap((word) => [`short:${word}`, `s:${word}`, `g:${word}`])
  const keyed = (
    await queryRows<Found & { registered: boolean }>(
      tx,
      sql`select k.key, a.id, a.name, a.kind, a.role, a.affiliation, a.registered
        from ${keyedActors}
        where k.key = ${sqlAny(keys)} order by a.id, k.key`,
    )
  ).filter((row) => kindGroup(row.kind) === 'p')
  const found = keyed.filter((row) => !row.key.startsWith('short:'))
  if (found.length === 0) return none
  const ownLone = keyed.filter((row) => row.key.startsWith('short:') && !row.registered)
  const identities = await readIdentityRows(tx, [...found, ...ownLone])
  const wordSet = new Set(words)
  // A bearer's span is that of its full names; a lone word's that of its id and the ids merged under it.
  const bearerSpans = subtreeSpans(identities.filter((row) => loneWordOf(row.name) === undefined))
  const loneSpans = subtreeSpans(identities)
  const rowOf = new Map(identities.map((row) => [row.id, row]))
  const lone = [
    ...ownLone.map((row) => ({ ...row, canonical: row.id, reason: rowOf.get(row.id)?.reason ?? '' })),
    ...identities
      // Joined directly to a person by an automatic rule: a registry entry's alias or a person's merge stays. A
      // surname joined to a registry person is the rules' guess like any other: once that person is dated, the
      // window decides it as it would have had the person's dated article come first.
      .filter((row) => !row.curated && row.parent === row.canonical && row.id !== row.canonical)
      .filter((row) => row.rule !== 'registry')
      .map((row) => ({ ...row, role: null, affiliation: null })),
  ].filter((row) => wordSet.has(loneWordOf(row.name) ?? ''))
  const borne = new Set(found.map((row) => row.key.slice(2)))
  const contested = new Set(
    lone.map((row) => loneWordOf(row.name) as string).filter((word) => borne.has(word)),
  )
  // Without a dated lone word and a dated bearer the window changes nothing, unless it decided before.
  const marked = lone.some((row) => row.reason.startsWith(WINDOW_REASON))
  const datedLone = lone.some((row) => loneSpans.get(row.id) !== undefined)
  const datedBearer = found.some((row) => bearerSpans.get(row.id) !== undefined)
  if (!marked && !(datedLone && datedBearer)) return { moves: [], contested }
  const notNames = await storedNotNames(tx, found)
  const moves: WindowMove[] = []
  for (const row of lone) {
    const candidate = {
      id: row.id,
      name: row.name,
      kind: row.kind,
      role: row.role,
      affiliation: row.affiliation,
    }
    const span = loneSpans.get(row.id)
    const near = found.filter((bearer) => withinWindow(span, bearerSpans.get(bearer.id)))
    const plain = decide(candidate, new Map(), found, notNames)
    const windowed = decide(candidate, new Map(), near, notNames)
    if (windowed.canonicalId === row.canonical) continue
    if (windowed.canonicalId === plain.canonicalId && !row.reason.startsWith(WINDOW_REASON)) continue
    moves.push({ id: row.id, from: row.canonical, into: windowed.canonicalId, rule: windowed.rule })
  }
  return { moves, contested }
}
