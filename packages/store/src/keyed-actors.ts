import { sql } from 'drizzle-orm'

/**
 * `actor_name_keys k` with each key's actor `a` (and `a.curated`, its identity's flag, null for none), for
 * `select … from ${keyedActors} where k.key = …`: each key's actor read by its primary key, one probe per key, so
 * that a read of an article's keys costs the same however many actors are stored. Written as a join, the planner
 * chose by its guesses, and PGlite, where nothing runs ANALYZE, gives it none: with 30,000 actors stored it guessed
 * four rows a key and hashed the whole table, read by a sequential scan, twice in each ingest (60,000 rows).
 * The `offset 0` keeps the planner from flattening the subquery back into a join.
 * @example sql`select k.key, a.id, a.curated from ${keyedActors} where k.key = ${sqlAny(keys)}`
 */
export const keyedActors = sql`actor_name_keys k cross join lateral (
    select a.*, (select i.curated from actor_identities i where i.actor_id = a.id) as curated
    from actors a where a.id = k.actor_id offset 0) a`
