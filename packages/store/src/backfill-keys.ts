// Name keys for actors stored before migration 0007, which gave them an identity row but no keys: without
// them, a later article's variant of their name would not find them. Run on open, after the migrations.
import { sql } from 'drizzle-orm'
import { queryRows, type Store } from './database.ts'
import { nameKeys } from './identity.ts'
import { actorIdentities, actorNameKeys, actors } from './schema.ts'

/** The reason migration 0007 gave the identity rows of the actors it found, and the one they get after this. */
const BEFORE = 'stored before identities'
const DONE = 'stored before identities; name keys backfilled'

/** Actors backfilled per transaction. */
const BATCH = 500

/**
 * Gives every canonical actor stored before identities its name keys, a batch at a time, and marks it done so
 * that the next open finds nothing to do (one scan of actor_identities). Answers how many it gave keys.
 * @example await backfillNameKeys(store) // 0 on a store made after 0007
 */
export async function backfillNameKeys(store: Store): Promise<number> {
  let done = 0
  for (;;) {
    const count = await store.db.transaction(async (tx) => {
      const rows = await queryRows<{ id: string; name: string; kind: string }>(
        tx,
        sql`select a.id, a.name, a.kind from ${actorIdentities} i join ${actors} a on a.id = i.actor_id
            where i.reason = ${BEFORE} and i.canonical_id = i.actor_id
            order by a.id limit ${BATCH} for update of i skip locked`,
      )
      if (rows.length === 0) return 0
      const keys = rows.flatMap(({ id, name, kind }) =>
        nameKeys(name, kind).map((key) => ({ key, actorId: id })),
      )
      if (keys.length > 0) await tx.insert(actorNameKeys).values(keys).onConflictDoNothing()
      const ids = sql.join(
        rows.map(({ id }) => sql`${id}`),
        sql`, `,
      )
      await tx.execute(sql`update ${actorIdentities} set reason = ${DONE} where actor_id in (${ids})`)
      return rows.length
    })
    done += count
    if (count < BATCH) return done
  }
}
