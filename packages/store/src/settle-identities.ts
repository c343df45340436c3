// The first of an ingest's two transactions: which stored actors a new article's actors are, decided and
// committed on their own, so that the article's rows are then written under locks that other articles share.
import { eq, sql } from 'drizzle-orm'
import { splitActorOut } from './curation.ts'
import { queryRows, type Store, sqlAll, sqlAny, type Tx } from './database.ts'
import { retryingRaces } from './errors.ts'
import {
  ExclusiveKeysNeeded,
  lockActorsOf,
  lockNames,
  loneWordOf,
  mergeActorInto,
  resolveActors,
  type SharedName,
} from './identity.ts'
import { decideWordsAgain, settleArticleIdentities } from './identity-article.ts'
import { clearArticleIdentities } from './identity-article-rows.ts'
import { recordSpans, WINDOW_REASON, type Widened, windowMoves, windowWords } from './identity-dated.ts'
import { type DebtReporter, payOwedFacts } from './identity-facts.ts'
import { loneWordJoins, type NoNameBearer, noNamesByText } from './identity-no-names.ts'
import { inKeyOrder } from './key-locks.ts'
import type { IngestRows } from './rows.ts'
import {
  actorEvidence,
  actorIdentities,
  actorNameKeys,
  actorSpans,
  actors,
  articleActors,
  articleIdentities,
  articles,
  statements,
} from './schema.ts'
import { stepRunner } from './steps.ts'

/** Texts past which the words of an article are read with the event loop run between (`steps.ts`). */
const LONG_TEXT = 100_000

/** An identity row's decision, as it was before a merge or split changed it. */
type Decision = { actorId: string; rule: string; reason: string; curated: boolean; parentId: string | null }

/** A canonical actor's row as it was, but for its counts. */
type ActorState = typeof actors.$inferSelect

/**
 * What `settleIdentities` changed about actors stored before: a stored actor `from` taken in by the article's
 * new actor `into`, or a lone surname `id` split off the person `from` since persons `by` of the article share it.
 * Each keeps what it changed as it was, so that `forgetIdentities` can put it back.
 */
export type SettledChange =
  | { kind: 'adopt'; from: string; into: string; decisions: Decision[]; actor: ActorState; keys: string[] }
  | { kind: 'split'; id: string; from: string; by: string[]; decision: Decision; actor: ActorState }
  /** Surnames of stored persons the article made no names: their dated articles were decided again. */
  | { kind: 'no-names'; surnames: string[] }

/** The decisions of the identity rows under canonical actor `canonical`, and of `id`'s own row. */
async function decisionsOf(tx: Tx, canonical: string, id = canonical): Promise<Decision[]> {
  return tx
    .select({
      actorId: actorIdentities.actorId,
      rule: actorIdentities.rule,
      reason: actorIdentities.reason,
      curated: actorIdentities.curated,
      parentId: actorIdentities.parentId,
    })
    .from(actorIdentities)
    .where(sql`${actorIdentities.canonicalId} = ${canonical} or ${actorIdentities.actorId} = ${id}`)
    .orderBy(actorIdentities.actorId)
}

/** An actor's row, if it has one. */
async function actorRow(tx: Tx, id: string): Promise<ActorState | undefined> {
  const [row] = await tx.select().from(actors).where(eq(actors.id, id))
  return row
}

/**
 * Merges stored actor `from` into `into` by an automatic rule, under the keys this transaction holds exclusively,
 * and answers the change with what it changed as it was (for `forgetIdentities`).
 */
async function adoptRecorded(
  tx: Tx,
  from: string,
  into: string,
  rule: string,
  articleId: string,
): Promise<SettledChange[]> {
  await tx.execute(
    sql`select 1 from ${actorIdentities} where canonical_id = ${from} order by actor_id for update`,
  )
  const decisions = await decisionsOf(tx, from)
  const actor = await actorRow(tx, from)
  const keys = await tx
    .select({ key: actorNameKeys.key })
    .from(actorNameKeys)
    .where(eq(actorNameKeys.actorId, from))
  await mergeActorInto(tx, from, into, {
    rule,
    reason: `joined ${into} on ingest of ${articleId}`,
    curated: false,
  })
  return actor ? [{ kind: 'adopt', from, into, decisions, actor, keys: keys.map(({ key }) => key) }] : []
}

/**
 * Decides again the lone words of a stored person's surname once an article makes that person no name
 * (`identity-no-names.ts`): those joined to it by the surname are split off, and each lone word of the surname
 * joins the one person it now fits, as it would had the article been stored first. Locks the person's names and
 * the surname's keys exclusively first.
 */
async function settleNoName(tx: Tx, bearer: NoNameBearer, articleId: string): Promise<SettledChange[]> {
  await lockActorsOf(tx, [bearer.id])
  await lockNames(tx, [{ name: bearer.surname, kind: 'person' }], 'exclusive')
  const changes: SettledChange[] = []
  const joined = await tx
    .select({ id: actorIdentities.actorId, name: actorIdentities.name })
    .from(actorIdentities)
    .where(
      sql`${actorIdentities.canonicalId} = ${bearer.id} and ${actorIdentities.rule} = 'surname' and not ${actorIdentities.curated}`,
    )
    .orderBy(actorIdentities.actorId)
  for (const { id, name } of joined) {
    if (loneWordOf(name) !== bearer.surname) continue
    const [decision] = await decisionsOf(tx, id)
    const actor = await actorRow(tx, bearer.id)
    const done = await splitActorOut(tx, id, {
      rule: 'own',
      reason: `${bearer.id} names no one since ${articleId}`,
      curated: false,
    })
    if (done && decision && actor)
      changes.push({ kind: 'split', id, from: bearer.id, by: [], decision, actor })
  }
  for (const { from, resolution } of await loneWordJoins(tx, bearer.surname, new Set([bearer.id])))
    changes.push(...(await adoptRecorded(tx, from, resolution.canonicalId, resolution.rule, articleId)))
  return changes
}

/**
 * Settles the identities of an article's actors in one short transaction: every extracted id gets its row in
 * `actor_identities`, every new canonical actor its name keys and its (empty) row in `actors`, and the merges
 * and splits the new names call for are made. The article itself is not written here. The name keys are held
 * (exclusively for ids never seen) only until this commits; an article naming only actors already decided
 * reads and writes nothing but takes its keys shared. Answers the merges and splits it made of stored actors
 * (for `forgetIdentities`), not the decisions: the article's transaction reads them again under its own locks,
 * as a curation may change them in between.
 */
export async function settleIdentities(store: Store, extracted: IngestRows): Promise<SettledChange[]> {
  // Keys of actors already decided are first locked shared; a rare change to what they name needs them exclusive.
  let exclusive = false
  // Keys a run wanted after its first lock statement: every later run takes them in that statement (`inKeyOrder`).
  const ahead = new Map<string, boolean>()
  for (;;) {
    try {
      return await inKeyOrder(
        store,
        async (tx) => {
          const changes: SettledChange[] = []
          const { adopt, shared, sharedByKnown, canonical } = await resolveActors(tx, extracted, {
            exclusive,
          })
          for (const { from, into, rule } of adopt)
            changes.push(...(await adoptRecorded(tx, from, into, rule, extracted.article.id)))
          // Stored persons this article's lower-case words make no names: their lone words are decided again.
          const own = new Set(canonical.values())
          const noNameSurnames: string[] = []
          for (const bearer of await noNamesByText(
            tx,
            extracted.article.text,
            own,
            stepRunner(extracted.article.text.length > LONG_TEXT),
          )) {
            changes.push(...(await settleNoName(tx, bearer, extracted.article.id)))
            noNameSurnames.push(bearer.surname)
          }
          if (noNameSurnames.length > 0) changes.push({ kind: 'no-names', surnames: noNameSurnames })
          // A lone word joined to a person by a surname or given name another person now shares is its own again.
          changes.push(...(await splitShared(tx, extracted, { shared, sharedByKnown, canonical })))
          // Last, the time window: the lone words of the article's words, and of the surnames made no names above.
          const { widened, words } = await settleWindow(tx, extracted, exclusive, noNameSurnames, changes)
          // Then each dated article of a lone word standing on its own, at its own date (`identity-article.ts`).
          const isNew = await newIds(tx, extracted, canonical)
          const moved = changes.some((change) => change.kind !== 'no-names')
          const all = new Set(moved ? words : noNameSurnames)
          await settleArticleIdentities(
            tx,
            extracted,
            words,
            { widened, isNew, all, rows: extracted },
            () => {
              if (!exclusive) throw new ExclusiveKeysNeeded()
            },
          )
          return changes
        },
        ahead,
      )
    } catch (error) {
      if (!(error instanceof ExclusiveKeysNeeded) || exclusive) throw error
      exclusive = true
    }
  }
}

/**
 * Splits off the lone words joined to a stored person by a surname or given name that a new person of the
 * article now shares (`resolveActors`'s `shared`).
 */
async function splitShared(
  tx: Tx,
  extracted: IngestRows,
  resolved: { shared: SharedName[]; sharedByKnown: Set<string>; canonical: Map<string, string> },
): Promise<SettledChange[]> {
  const { shared, sharedByKnown, canonical } = resolved
  if (shared.length === 0) return []
  const changes: SettledChange[] = []
  const sharedWords = new Map<string, Set<string>>()
  for (const { person, word } of shared)
    sharedWords.set(person, (sharedWords.get(person) ?? new Set()).add(word))
  const persons = [...sharedWords.keys()]
  const joined = await tx
    .select({
      id: actorIdentities.actorId,
      person: actorIdentities.canonicalId,
      name: actorIdentities.name,
    })
    .from(actorIdentities)
    .where(
      sql`${actorIdentities.canonicalId} = ${sqlAny(persons)} and ${actorIdentities.rule} in ('surname', 'given-name') and not ${actorIdentities.curated}`,
    )
  const loneWords = joined.filter(({ person, name }) => {
    const word = loneWordOf(name)
    return word !== undefined && (sharedWords.get(person)?.has(word) ?? false)
  })
  if (loneWords.some(({ person }) => sharedByKnown.has(person))) throw new ExclusiveKeysNeeded()
  const byPerson = [...loneWords].sort(
    (a, b) =>
      persons.indexOf(a.person) - persons.indexOf(b.person) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  // The article's own persons: one of them shares the word.
  const by = extracted.actors
    .filter((actor) => actor.kind === 'person' && canonical.get(actor.id) === actor.id)
    .map((actor) => actor.id)
  for (const { id, person } of byPerson) {
    const [decision] = await decisionsOf(tx, id)
    const actor = await actorRow(tx, person)
    const done = await splitActorOut(tx, id, {
      rule: 'own',
      reason: `its name names more than one person since ${extracted.article.id}`,
      curated: false,
    })
    if (done && decision && actor) changes.push({ kind: 'split', id, from: person, by, decision, actor })
  }
  return changes
}

/**
 * The time window (`identity-dated.ts`): adds the article's date to its ids' spans, then decides again the lone
 * words of its persons' words (and of `more`) where the window now decides otherwise. A widened span where a
 * lone word and a bearer meet, or any change, needs the keys exclusively: two articles widening one person's
 * span at both ends could otherwise each find nothing to change where both together do.
 */
async function settleWindow(
  tx: Tx,
  extracted: IngestRows,
  exclusive: boolean,
  more: readonly string[],
  changes: SettledChange[],
): Promise<{ widened: Widened[]; words: string[] }> {
  const widened = await recordSpans(tx, extracted)
  const words = [...new Set([...windowWords(extracted), ...more])].sort()
  const { moves, contested } = await windowMoves(tx, words)
  if (!exclusive) {
    const wordsOf = (id: string) =>
      windowWords({ actors: extracted.actors.filter((actor) => actor.id === id) })
    if (moves.length > 0 || widened.some(({ id }) => wordsOf(id).some((word) => contested.has(word))))
      throw new ExclusiveKeysNeeded()
  }
  const articleId = extracted.article.id
  for (const move of moves) {
    await lockActorsOf(tx, [move.id, move.from, move.into])
    if (move.from !== move.id) {
      const [decision] = await decisionsOf(tx, move.id)
      const actor = await actorRow(tx, move.from)
      const fits = move.into === move.id ? 'no one person' : move.into
      const done = await splitActorOut(tx, move.id, {
        rule: 'own',
        reason: `${WINDOW_REASON}: fits ${fits} since ${articleId}`,
        curated: false,
      })
      if (done && decision && actor)
        changes.push({ kind: 'split', id: move.id, from: move.from, by: [], decision, actor })
    }
    if (move.into === move.id) continue
    changes.push(...(await adoptRecorded(tx, move.id, move.into, move.rule, articleId)))
    await tx
      .update(actorIdentities)
      .set({ reason: `${WINDOW_REASON}: joined ${move.into} on ingest of ${articleId}` })
      .where(eq(actorIdentities.actorId, move.id))
  }
  return { widened, words }
}

/**
 * The article's extracted ids no stored article extracted (a person new to the store), each with whether it stands
 * alone, as its own canonical actor.
 */
async function newIds(
  tx: Tx,
  extracted: IngestRows,
  canonical: ReadonlyMap<string, string>,
): Promise<Map<string, boolean>> {
  const ids = [...new Set(extracted.actors.map((actor) => actor.id))]
  if (ids.length === 0) return new Map()
  const seen = await tx
    .selectDistinct({ id: actorEvidence.extractedId })
    .from(actorEvidence)
    .where(sql`${actorEvidence.extractedId} = ${sqlAny(ids)}`)
  const known = new Set(seen.map(({ id }) => id))
  const fresh = ids.filter((id) => !known.has(id))
  // Alone only when its actor did not stand before this ingest (actors are written after the settle): a registry
  // entry's first article is a person dated for the first time, whose window may reach any date.
  const own = fresh.filter((id) => (canonical.get(id) ?? id) === id)
  const stood =
    own.length === 0
      ? []
      : await tx
          .select({ id: actors.id })
          .from(actors)
          .where(sql`${actors.id} = ${sqlAny(own)}`)
  const before = new Set(stood.map(({ id }) => id))
  return new Map(fresh.map((id) => [id, (canonical.get(id) ?? id) === id && !before.has(id)]))
}

/** Whether any stored article extracted one of these ids. */
async function extractedAnywhere(tx: Tx, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false
  const [row] = await tx
    .select({ id: actorEvidence.extractedId })
    .from(actorEvidence)
    .where(sql`${actorEvidence.extractedId} = ${sqlAny(ids)}`)
    .limit(1)
  return row !== undefined
}

/** Sets the identity rows' decisions back to what they were, where the rows still stand under `canonical`. */
async function restoreDecisions(tx: Tx, canonical: string, decisions: readonly Decision[]): Promise<void> {
  if (decisions.length === 0) return
  const rows = JSON.stringify(
    decisions.map((d) => ({ a: d.actorId, r: d.rule, e: d.reason, c: d.curated, p: d.parentId })),
  )
  await tx.execute(sql`update ${actorIdentities} i set rule = d.r, reason = d.e, curated = d.c, parent_id = d.p
    from jsonb_to_recordset(${rows}::jsonb) as d(a text, r text, e text, c boolean, p text)
    where i.actor_id = d.a and i.canonical_id = ${canonical}`)
}

/**
 * Sets an actor's name, aliases, role and the like back to what they were, when it stands under the same
 * articles and statements as it did (nothing was written under it since): a split or merge recomputes them
 * from the evidence, which may spell them otherwise than the ingests that wrote them.
 */
async function restoreActor(tx: Tx, before: ActorState): Promise<void> {
  await tx
    .update(actors)
    .set({
      name: before.name,
      role: before.role,
      affiliation: before.affiliation,
      aliases: before.aliases,
      searchText: before.searchText,
    })
    .where(
      sql`${actors.id} = ${before.id} and ${actors.articleCount} = ${before.articleCount}
        and ${actors.statementCount} = ${before.statementCount}`,
    )
}

/**
 * Undoes one merge or split `settleIdentities` made, when it still stands as made (no person nor other ingest
 * changed it since) and no stored article extracted the actor of this article that called for it.
 */
async function undoChange(tx: Tx, change: SettledChange): Promise<void> {
  // Decided again after the undo (`forgetIdentities`), once nothing of the article is left.
  if (change.kind === 'no-names') return
  if (change.kind === 'adopt') {
    const [own] = await tx.select().from(actorIdentities).where(eq(actorIdentities.actorId, change.from))
    if (!own || own.canonicalId !== change.into || own.curated) return
    if (await extractedAnywhere(tx, [change.into])) return
    const before = change.decisions.find(({ actorId }) => actorId === change.from)
    if (!before) return
    await splitActorOut(tx, change.from, before)
    await restoreDecisions(tx, change.from, change.decisions)
    await tx.execute(sql`delete from ${actorNameKeys} where actor_id = ${change.from}
      and key <> ${sqlAll(change.keys)}`)
    if (change.keys.length > 0)
      await tx
        .insert(actorNameKeys)
        .values(change.keys.map((key) => ({ key, actorId: change.from })))
        .onConflictDoNothing()
    await restoreActor(tx, change.actor)
    return
  }
  const [own] = await tx.select().from(actorIdentities).where(eq(actorIdentities.actorId, change.id))
  if (!own || own.canonicalId !== change.id || own.curated || own.parentId !== null) return
  const [person] = await tx.select().from(actorIdentities).where(eq(actorIdentities.actorId, change.from))
  if (!person || person.canonicalId !== change.from) return
  if (await extractedAnywhere(tx, change.by)) return
  // The merge below rewrites the decisions of the rows it moves: they go back as they are now.
  const moved = (await decisionsOf(tx, change.id)).filter(({ actorId }) => actorId !== change.id)
  await mergeActorInto(tx, change.id, change.from, change.decision)
  await restoreDecisions(tx, change.from, [...moved, change.decision])
  await restoreActor(tx, change.actor)
}

/**
 * Undoes what `settleIdentities` wrote for an article whose own transaction then failed, so that a failed ingest
 * leaves the store as it found it: the merges and splits it made (`changes`, last first) while no one else
 * relies on them, the identities this article brought that no stored article extracted, and the canonical
 * actors it created that nothing stored stands under (with their identity rows: an actor that stays keeps its
 * own). Locks the names and identities first, so an article writing under them finishes first (and then keeps
 * them); one between its two transactions finds its identity gone and settles it again. Retried when it loses
 * a deadlock.
 */
export async function forgetIdentities(
  store: Store,
  extracted: IngestRows,
  changes: readonly SettledChange[] = [],
): Promise<void> {
  const ids = extracted.actors.map((actor) => actor.id)
  if (ids.length === 0 && changes.length === 0) return
  const touched = changes.flatMap((change) =>
    change.kind === 'adopt'
      ? [change.from, change.into]
      : change.kind === 'split'
        ? [change.id, change.from]
        : [],
  )
  // The stored articles' lone words it decided again: of its own persons' words and of the surnames it made no names.
  const words = [
    ...new Set([
      ...windowWords(extracted),
      ...changes.flatMap((change) => (change.kind === 'no-names' ? change.surnames : [])),
    ]),
  ].sort()
  const list = sqlAny(ids)
  await retryingRaces(() =>
    inKeyOrder(store, async (tx) => {
      await lockNames(tx, extracted.actors, 'exclusive')
      if (touched.length > 0) await lockActorsOf(tx, [...new Set(touched)].sort())
      // An article being written under these identities holds them shared: wait for it, then look afresh.
      await tx.execute(
        sql`select 1 from ${actorIdentities} where actor_id = ${list} and article_id = ${extracted.article.id}
            order by actor_id for update`,
      )
      for (const change of [...changes].reverse()) await undoChange(tx, change)
      await tx.execute(sql`delete from ${articleIdentities} where article_id = ${extracted.article.id}`)
      // Ids of this article's alone, joined to another actor, go first; then the canonical actors left empty.
      const forgettable = sql`i.article_id = ${extracted.article.id} and not i.curated
          and not exists (select 1 from ${actorEvidence} e where e.extracted_id = i.actor_id)`
      await tx.execute(sql`delete from ${actorIdentities} i
          where i.actor_id = ${list} and i.canonical_id <> i.actor_id and ${forgettable}`)
      // The spans this article widened, as the stored articles give them (it is not among them).
      if (extracted.article.publishedAt)
        await tx.execute(sql`with fresh as (
            select e.extracted_id as id, min(r.published_at) as first, max(r.published_at) as last
            from ${actorEvidence} e join ${articles} r on r.id = e.article_id
            where e.extracted_id = ${list} and e.field = 'name' and r.published_at is not null
            group by e.extracted_id),
          gone as (delete from ${actorSpans} s where s.extracted_id = ${list}
            and not exists (select 1 from fresh where fresh.id = s.extracted_id))
          update ${actorSpans} s set first_at = fresh.first, last_at = fresh.last
          from fresh where s.extracted_id = fresh.id`)
      await tx.execute(sql`with gone as (
            delete from ${actors} a
            where a.id = ${list} and a.article_count = 0 and not a.registered
              and not exists (select 1 from ${actorIdentities} i where i.canonical_id = a.id and i.actor_id <> a.id)
              and not exists (select 1 from ${actorIdentities} i where i.actor_id = a.id and not (${forgettable}))
              and not exists (select 1 from ${articleActors} x where x.actor_id = a.id)
              and not exists (select 1 from ${statements} s where s.speaker_id = a.id or s.target_id = a.id)
            returning a.id),
          gone_keys as (delete from ${actorNameKeys} k using gone where k.actor_id = gone.id)
          delete from ${actorIdentities} i using gone where i.actor_id = gone.id`)
      // The stored articles' lone words, decided again at their dates without this article's persons and spans.
      await decideWordsAgain(tx, words)
    }),
  )
}

/**
 * Removes the per-article identities of articles that are not stored: what an ingest that died between its two
 * transactions leaves. Each under its extracted id's identity row (an article being written under it holds that
 * row shared and is stored when the lock is had, so its rows stay; one between its transactions finds its row
 * gone at its write and settles again).
 */
async function sweepArticleIdentities(store: Store): Promise<void> {
  const found = await queryRows<{ articleId: string; id: string }>(
    store.db,
    sql`select x.article_id as "articleId", x.extracted_id as id from ${articleIdentities} x
      where not exists (select 1 from ${articles} a where a.id = x.article_id) order by 1, 2`,
  )
  for (const { articleId, id } of found)
    await retryingRaces(() =>
      store.db.transaction(async (tx) => {
        await tx.execute(sql`select 1 from ${actorIdentities} where actor_id = ${id} for update`)
        await tx.execute(sql`delete from ${articleIdentities}
          where article_id = ${articleId} and extracted_id = ${id}
            and not exists (select 1 from ${articles} a where a.id = ${articleId})`)
      }),
    )
}

/**
 * Puts back under their word the articles of a lone word that stands on its own no more (registered or curated)
 * and still has per-article rows: what a registry import of the lone word left in a store written before imports
 * cleared them (`clearArticleIdentities`, as an import or a curated merge now does). Each word under its names'
 * keys, held exclusively as a curation holds them.
 */
async function sweepHeldWords(store: Store): Promise<void> {
  const found = await queryRows<{ id: string }>(
    store.db,
    sql`select distinct x.extracted_id as id from ${articleIdentities} x
      where exists (select 1 from ${actors} r where r.id = x.extracted_id and r.registered)
        or exists (select 1 from ${actorIdentities} i where i.actor_id = x.extracted_id and i.curated)
      order by 1`,
  )
  for (const { id } of found) {
    await sweepPause.beforeHeldWord?.(id)
    await retryingRaces(() =>
      store.db.transaction(async (tx) => {
        await lockActorsOf(tx, [id])
        // Picked before the keys were held: a split or an import may have let the word stand on its own since,
        // and then its per-article rows are its decisions, not leftovers.
        const held = await queryRows<{ id: string }>(
          tx,
          sql`select ${id} as id where exists (select 1 from ${actors} r where r.id = ${id} and r.registered)
            or exists (select 1 from ${actorIdentities} i where i.actor_id = ${id} and i.curated)`,
        )
        if (held.length > 0) await clearArticleIdentities(tx, [id])
      }),
    )
  }
}

/** A pause point for tests only: awaited before `sweepOrphans` takes a held word's keys. Never set outside tests. */
export const sweepPause: { beforeHeldWord?: ((id: string) => Promise<void>) | undefined } = {}

/** An actor no article, statement nor registry entry backs. */
const orphan = sql`a.article_count = 0 and not a.registered
  and not exists (select 1 from ${articleActors} x where x.actor_id = a.id)
  and not exists (select 1 from ${statements} s where s.speaker_id = a.id or s.target_id = a.id)`

/**
 * Removes the actors no article, statement nor registry entry backs, with their identities and name keys: what a
 * process that died between an ingest's two transactions leaves, or an ingest whose write and undo both failed.
 * Each under its names' locks and its identity rows' (an article being written under it finishes first and
 * keeps it; an ingest between its two transactions finds its identity gone and settles it again); an actor a
 * person decided about, or that an article extracted, stays. First the per-article identities of articles not
 * stored, and those of a lone word registered or curated (its articles go back under it), after the lone-word
 * decisions owed since a person's facts changed (`settleOwedFacts`); last the identities whose
 * canonical actor has no row and that nothing backs. A debt whose payment fails is told to `report` (a warning by
 * default) and left owed. Answers how many actors it removed.
 * @example await sweepOrphans(store) // 0
 */
export async function sweepOrphans(store: Store, report?: DebtReporter): Promise<number> {
  // Decisions a failure after an article's commit left owed come first: they may move articles off a lone word.
  // Each article's in its own transaction; one that fails is reported and stays owed, and the sweep goes on.
  await payOwedFacts(store, 'all', report)
  await sweepArticleIdentities(store)
  await sweepHeldWords(store)
  const found = await queryRows<{ id: string }>(
    store.db,
    sql`select a.id from ${actors} a where ${orphan} order by a.id`,
  )
  let removed = 0
  for (const { id } of found) {
    removed += await retryingRaces(() =>
      store.db.transaction(async (tx) => {
        await lockActorsOf(tx, [id])
        await tx.execute(sql`select 1 from ${actorIdentities} where canonical_id = ${id} or actor_id = ${id}
            order by actor_id for update`)
        const [gone] = await queryRows<{ n: number }>(
          tx,
          sql`with gone as (
                delete from ${actors} a where a.id = ${id} and ${orphan}
                  and not exists (select 1 from ${actorIdentities} i
                    where (i.canonical_id = a.id or i.actor_id = a.id) and (i.curated
                      or exists (select 1 from ${actorEvidence} e where e.extracted_id = i.actor_id)))
                returning a.id),
              gone_keys as (delete from ${actorNameKeys} k using gone where k.actor_id = gone.id),
              gone_ids as (delete from ${actorIdentities} i using gone
                where i.canonical_id = gone.id or i.actor_id = gone.id)
              select count(*)::int as n from gone`,
        )
        return Number(gone?.n ?? 0)
      }),
    )
  }
  await store.db.execute(sql`delete from ${actorIdentities} i
    where not i.curated and not exists (select 1 from ${actors} a where a.id = i.canonical_id)
      and not exists (select 1 from ${actorEvidence} e where e.extracted_id = i.actor_id)`)
  return removed
}
