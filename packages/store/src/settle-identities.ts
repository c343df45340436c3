// The first of an ingest's two transactions: which stored actors a new article's actors are, decided and
// committed on their own, so that the article's rows are then written under locks that other articles share.
import { inArray, sql } from 'drizzle-orm'
import { splitActorOut } from './curation.ts'
import type { Store } from './database.ts'
import { ExclusiveKeysNeeded, lockNames, mergeActorInto, resolveActors } from './identity.ts'
import type { IngestRows } from './rows.ts'
import { actorEvidence, actorIdentities, actorNameKeys, actors, articleActors, statements } from './schema.ts'

/**
 * Settles the identities of an article's actors in one short transaction: every extracted id gets its row in
 * `actor_identities`, every new canonical actor its name keys and its (empty) row in `actors`, and the merges
 * and splits the new names call for are made. The article itself is not written here. The name keys are held
 * (exclusively for ids never seen) only until this commits; an article naming only actors already decided
 * reads and writes nothing but takes its keys shared. Answers nothing: the article's transaction reads the
 * decisions again under its own locks, as a curation may change them in between.
 */
export async function settleIdentities(store: Store, extracted: IngestRows): Promise<void> {
  // Keys of actors already decided are first locked shared; a rare change to what they name needs them exclusive.
  let exclusive = false
  for (;;) {
    try {
      await store.db.transaction(async (tx) => {
        const { adopt, shared, sharedByKnown } = await resolveActors(tx, extracted, { exclusive })
        for (const { from, into, rule } of adopt) {
          await mergeActorInto(tx, from, into, {
            rule,
            reason: `joined ${into} on ingest of ${extracted.article.id}`,
            curated: false,
          })
        }
        // A lone surname joined to a person whose surname another person now shares is its own again.
        if (shared.length === 0) return
        const surnames = await tx
          .select({ id: actorIdentities.actorId, person: actorIdentities.canonicalId })
          .from(actorIdentities)
          .where(
            sql`${inArray(actorIdentities.canonicalId, shared)} and ${actorIdentities.rule} = 'surname' and not ${actorIdentities.curated}`,
          )
        if (surnames.some(({ person }) => sharedByKnown.has(person))) throw new ExclusiveKeysNeeded()
        const byPerson = [...surnames].sort(
          (a, b) =>
            shared.indexOf(a.person) - shared.indexOf(b.person) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        for (const { id } of byPerson) {
          await splitActorOut(tx, id, {
            rule: 'own',
            reason: `its surname names more than one person since ${extracted.article.id}`,
            curated: false,
          })
        }
      })
      return
    } catch (error) {
      if (!(error instanceof ExclusiveKeysNeeded) || exclusive) throw error
      exclusive = true
    }
  }
}

/**
 * Undoes what `settleIdentities` wrote for an article whose own transaction then failed, so that a failed ingest
 * leaves no actor behind: the identities this article brought that no stored article extracted, and the
 * canonical actors it created that nothing stored stands under. Merges and splits it made stay: they are about
 * stored actors. Locks the identities first, so an article writing under them finishes first (and then keeps
 * them); one between its two transactions finds its identity gone and settles it again.
 */
export async function forgetIdentities(store: Store, extracted: IngestRows): Promise<void> {
  const ids = extracted.actors.map((actor) => actor.id)
  if (ids.length === 0) return
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
  await store.db.transaction(async (tx) => {
    await lockNames(tx, extracted.actors, 'exclusive')
    // An article being written under these identities holds them shared: wait for it, then look afresh.
    await tx.execute(
      sql`select 1 from ${actorIdentities} where actor_id in (${list}) and article_id = ${extracted.article.id} for update`,
    )
    await tx.execute(sql`delete from ${actorIdentities} i
      where i.actor_id in (${list}) and i.article_id = ${extracted.article.id} and not i.curated
        and not exists (select 1 from ${actorEvidence} e where e.extracted_id = i.actor_id)`)
    await tx.execute(sql`with gone as (
        delete from ${actors} a
        where a.id in (${list}) and a.article_count = 0 and not a.registered
          and not exists (select 1 from ${actorIdentities} i where i.canonical_id = a.id)
          and not exists (select 1 from ${articleActors} x where x.actor_id = a.id)
          and not exists (select 1 from ${statements} s where s.speaker_id = a.id or s.target_id = a.id)
        returning a.id)
      delete from ${actorNameKeys} k using gone where k.actor_id = gone.id`)
  })
}
