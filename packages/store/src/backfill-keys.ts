// Name keys that actors stored by an older store lack, given when the store is opened, after the migrations:
// - actors stored before migration 0007, which gave them an identity row but no keys;
// - people whose name ends in a generation ("Jr.", "Sr.", "II"): their keys changed since they were stored (a
//   generation was first a surname, "s:jr"; then "Koller Jr." got only `short:koller`, then only `p:koller jr`;
//   now both, and "Bram Koller Jr." gets `p:bram koller`, `s:koller`), so a later variant of their name would not
//   find them. The keys they had stay (a key never joins by itself: resolution checks names and generations);
// - people with a full name stored before given names had keys (`g:`), so that a lone given name finds them.
// Each of these is recorded in `store_upgrades` once done (`upgradeNameKeys`), so that an open of a store that
// needs none of them reads that small table and nothing else.
import { type SQL, sql } from 'drizzle-orm'
import { queryRows, type Store } from './database.ts'
import { retryingRaces } from './errors.ts'
import { nameKeys } from './identity.ts'
import { actorIdentities, actorNameKeys, actors, storeUpgrades } from './schema.ts'

/** The reason migration 0007 gave the identity rows of the actors it found, and the one they get after this. */
const BEFORE = 'stored before identities'
const DONE = 'stored before identities; name keys backfilled'

/** Actors backfilled per transaction. */
const BATCH = 500

/**
 * Gives every canonical actor stored before identities its name keys, then people named with a generation or a
 * given name the keys they lack (`backfillGenerationKeys`, `backfillGivenNameKeys`): all three scans, whatever
 * `store_upgrades` records (`upgradeNameKeys` is what an open runs). Answers how many actors it gave keys.
 * @example await backfillNameKeys(store) // 0 on a store made after 0007
 */
export async function backfillNameKeys(store: Store): Promise<number> {
  return (
    (await backfillStoredBeforeIdentities(store)) +
    (await backfillGenerationKeys(store)) +
    (await backfillGivenNameKeys(store))
  )
}

/**
 * The backfills of name keys, by the name `store_upgrades` records each under once done. A change to the key
 * function that stored actors must follow is a new entry here (a new name), which every store then runs once.
 */
const NAME_KEY_UPGRADES: readonly { name: string; run: (store: Store) => Promise<number> }[] = [
  { name: 'name-keys', run: backfillStoredBeforeIdentities },
  { name: 'generation-keys', run: (store) => backfillGenerationKeys(store) },
  { name: 'given-name-keys', run: (store) => backfillGivenNameKeys(store) },
]

/**
 * What `openStore` runs after the migrations: the backfills of `backfillNameKeys` that `store_upgrades` does not
 * record as done, each recorded once it is (a backfill cut off midway is run again at the next open: it only adds
 * missing keys). A store that needs none costs one read of that small table. Answers how many actors it gave keys.
 * @example await upgradeNameKeys(store) // 0, in one query, on a store opened before
 */
export async function upgradeNameKeys(store: Store): Promise<number> {
  const done = new Set(
    (await queryRows<{ name: string }>(store.db, sql`select name from ${storeUpgrades}`)).map(
      ({ name }) => name,
    ),
  )
  let given = 0
  for (const upgrade of NAME_KEY_UPGRADES) {
    if (done.has(upgrade.name)) continue
    given += await upgrade.run(store)
    await store.db.insert(storeUpgrades).values({ name: upgrade.name }).onConflictDoNothing()
  }
  return given
}

/**
 * Gives every canonical actor stored before identities (migration 0007) its name keys, a batch at a time, and
 * marks its identity row done. Answers how many actors it gave keys.
 */
async function backfillStoredBeforeIdentities(store: Store): Promise<number> {
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

/**
 * A person's name whose last word is a generation, as `nameWords` reads it (case aside, an "'s" after it, and
 * anything but letters and digits around it). Wider than the key function's test, which decides; one alternation
 * of literals and two character classes, so it cannot backtrack far.
 */
const GENERATION_LAST = "(^|[^[:alnum:]])(jr|sr|ii|iii|iv)(['’]s)?[^[:alnum:]]*$"

/**
 * The keys a stored actor should have for its name: ingest's (`nameKeys`) for an actor that articles brought, the
 * registry's for a registered one (its name's own keys and exact key, not a lone word's; the exact key never
 * changed, so it is not given again here).
 */
function keysFor(actor: { name: string; kind: string; registered: boolean }): string[] {
  const keys = nameKeys(actor.name, actor.kind)
  return actor.registered ? keys.filter((key) => !key.startsWith('short:')) : keys
}

/**
 * Gives every stored person whose name ends in a generation the name keys of today's key function that they lack,
 * `batch` actors a transaction (see `backfillKeysWhere`). Answers how many actors it gave keys.
 * @example await backfillGenerationKeys(store) // 0 once every "Jr." has today's keys
 */
export function backfillGenerationKeys(store: Store, batch: number = BATCH): Promise<number> {
  return backfillKeysWhere(store, sql`a.name ~* ${GENERATION_LAST}`, batch)
}

/**
 * A name of two words or more, the first of two letters or more: where a person may have a given-name key
 * (`g:`, which people stored before it lack). Wider than the key function, which decides (a title is no given
 * name); no quantifier nests, so it cannot backtrack far.
 */
const TWO_WORDS = '[[:alpha:]][[:alpha:]][^[:space:]]*[[:space:]]+[^[:space:]]'

/**
 * Gives every stored person who may have a given name and has no `g:` key the keys of today's key function that
 * they lack, so that a lone given name ("Jeb") finds the one person stored with it. A person with a title and a
 * surname only ("Mr Blair") is read again at each run and given nothing (`upgradeNameKeys` runs it once a store).
 * @example await backfillGivenNameKeys(store) // 0 once every full name has its given name's key
 */
export function backfillGivenNameKeys(store: Store, batch: number = BATCH): Promise<number> {
  return backfillKeysWhere(
    store,
    sql`a.name ~ ${TWO_WORDS}
      and not exists (select 1 from ${actorNameKeys} g where g.actor_id = a.id and g.key like 'g:%')`,
    batch,
  )
}

/**
 * Gives every stored person that `where` (on actors as `a`) selects the name keys of today's key function that
 * they lack, `batch` actors a transaction (keyset over their ids, each actor's row held shared so that a merge
 * cannot remove it meanwhile). Idempotent: it only adds missing keys, so a second run adds none. Each run reads
 * the people so selected (one filtered scan of actors) with their keys. Answers how many actors it gave keys.
 */
async function backfillKeysWhere(store: Store, where: SQL, batch: number): Promise<number> {
  let given = 0
  let after = ''
  for (;;) {
    const { count, last, size } = await retryingRaces(() =>
      store.db.transaction(async (tx) => {
        const rows = await queryRows<{
          id: string
          name: string
          kind: string
          registered: boolean
          keys: string[]
        }>(
          tx,
          sql`select a.id, a.name, a.kind, a.registered,
              coalesce((select array_agg(k.key) from ${actorNameKeys} k where k.actor_id = a.id), '{}') as keys
            from ${actors} a
            where a.kind = 'person' and a.id > ${after} and ${where}
            order by a.id limit ${batch} for share of a`,
        )
        const missing = rows.flatMap((actor) => {
          const had = new Set(actor.keys)
          return keysFor(actor)
            .filter((key) => !had.has(key))
            .map((key) => ({ key, actorId: actor.id }))
        })
        if (missing.length > 0) await tx.insert(actorNameKeys).values(missing).onConflictDoNothing()
        return {
          count: new Set(missing.map(({ actorId }) => actorId)).size,
          last: rows.at(-1)?.id ?? after,
          size: rows.length,
        }
      }),
    )
    given += count
    after = last
    if (size < batch) return given
  }
}
