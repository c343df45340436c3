// Actor ids and names are keys of btree indexes (actors, actor_name_keys, actor_evidence, stances), and PostgreSQL
// refuses an index row over 2,704 bytes: a page whose title is one 5,000-letter word would make its ingest fail.
import { type Actor, type Analysis, hashText } from '@whosaid/core/io'
import { sql } from 'drizzle-orm'
import { type Database, queryRows, sqlAny } from './database.ts'
import { actorIdentities } from './schema.ts'

/** Longest actor id kept as it is, in characters (ids are ASCII). */
export const ID_LIMIT = 200
/** Longest name, alias or role kept whole, in code points (at most 4 bytes each in UTF-8). */
export const NAME_LIMIT = 300
/** Longest id a store made before ids were cut can hold (an index row of ASCII is at most 2,704 bytes). */
const STORABLE_ID = 2704

/** The start of a long id that fits before `-` and a hash of `hashLength` digits. */
function idStart(id: string, hashLength: number): string {
  return id.slice(0, ID_LIMIT - hashLength - 1).replace(/-+$/, '')
}

/** The lower-case hex digits of bytes. */
function hex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

/**
 * An id of at most ID_LIMIT characters: a longer one keeps its kind and start and ends in the first 128 bits of
 * the SHA-256 of the whole (Web Crypto, in Node, workers and browsers alike): two long ids are never one, where
 * a 64-bit FNV hash can be made to collide.
 * @example await boundedId('person:ada-lovelace') // 'person:ada-lovelace'
 */
export async function boundedId(id: string): Promise<string> {
  if (id.length <= ID_LIMIT) return id
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(id))
  const hash = hex(new Uint8Array(digest, 0, 16))
  return `${idStart(id, hash.length)}-${hash}`
}

/** The id a store gave a long id before its ids were cut by SHA-256: the start and a 64-bit FNV-1a hash. */
export function fnvBoundedId(id: string): string {
  const hash = hashText(id)
  return `${idStart(id, hash.length)}-${hash}`
}

/**
 * The id each long id of `ids` is stored under: the id itself where a store made before ids were cut holds it
 * whole, the FNV-cut id where a store holds that (cut before SHA-256), else `boundedId`. Re-ingesting a text
 * thus keeps its actors' stored ids; an id of ID_LIMIT characters or fewer is not looked up and stays as it is.
 * @example (await storedIds(store.db, [longId])).get(longId) // the id its actor has in this store
 */
export async function storedIds(db: Database, ids: Iterable<string>): Promise<Map<string, string>> {
  const long = [...new Set(ids)].filter((id) => id.length > ID_LIMIT)
  const chosen = new Map<string, string>()
  if (long.length === 0) return chosen
  const older = long.flatMap((id) => [...(id.length <= STORABLE_ID ? [id] : []), fnvBoundedId(id)])
  const rows = await queryRows<{ actor_id: string }>(
    db,
    sql`select actor_id from ${actorIdentities} where actor_id = ${sqlAny(older)}`,
  )
  const held = new Set(rows.map((row) => row.actor_id))
  for (const id of long) {
    const fnv = fnvBoundedId(id)
    chosen.set(id, held.has(id) ? id : held.has(fnv) ? fnv : await boundedId(id))
  }
  return chosen
}

/** A name of at most NAME_LIMIT code points (never a lone surrogate: whole code points are cut). */
function boundedName(name: string): string {
  if (name.length <= NAME_LIMIT) return name
  const points = Array.from(name)
  return points.length <= NAME_LIMIT ? name : points.slice(0, NAME_LIMIT).join('')
}

/** True when an actor has an id or a name form too long to be an index key. */
function isOverlong(actor: Actor): boolean {
  return (
    actor.id.length > ID_LIMIT ||
    (actor.affiliation?.length ?? 0) > ID_LIMIT ||
    actor.name.length > NAME_LIMIT ||
    (actor.role?.length ?? 0) > NAME_LIMIT ||
    actor.aliases.some((alias) => alias.length > NAME_LIMIT)
  )
}

/**
 * The analysis with every actor id cut to ID_LIMIT characters, as `storedIds` gives them (the same long id always
 * gives the same short one in a store, and statements and relations follow), and every name, alias and role to
 * NAME_LIMIT code points. Returns the same object when no actor is that long, as in every real article.
 * @example (await boundActors(store.db, analyze(`${'T'.repeat(5000)}\n\nThe mayor spoke.`))).actors[0]?.id.length // 200
 */
export async function boundActors(db: Database, analysis: Analysis): Promise<Analysis> {
  if (!analysis.actors.some(isOverlong)) return analysis
  // Every id the analysis names: a statement may name an actor another article lists.
  const named = [
    ...analysis.actors.flatMap((actor) => [actor.id, actor.affiliation ?? '']),
    ...analysis.statements.flatMap((s) => [s.speaker ?? '', s.stance?.target ?? '']),
    ...(analysis.relations ?? []).flatMap((relation) => [relation.source, relation.target]),
  ]
  const chosen = await storedIds(db, named)
  const idOf = (id: string) => chosen.get(id) ?? id
  const actors = analysis.actors.map((actor): Actor => {
    const aliases = [...new Set(actor.aliases.map(boundedName))]
    const name = boundedName(actor.name)
    return {
      ...actor,
      id: idOf(actor.id),
      name,
      aliases: aliases.filter((alias) => alias !== name),
      ...(actor.role === undefined ? {} : { role: boundedName(actor.role) }),
      ...(actor.affiliation === undefined ? {} : { affiliation: idOf(actor.affiliation) }),
    }
  })
  const statements = analysis.statements.map((statement) => ({
    ...statement,
    speaker: statement.speaker === null ? null : idOf(statement.speaker),
    ...(statement.stance === undefined
      ? {}
      : { stance: { ...statement.stance, target: idOf(statement.stance.target) } }),
  }))
  const relations = analysis.relations?.map((relation) => ({
    ...relation,
    source: idOf(relation.source),
    target: idOf(relation.target),
  }))
  return { ...analysis, actors, statements, ...(relations === undefined ? {} : { relations }) }
}
