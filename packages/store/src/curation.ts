// Curation of actors: a person's merge of one actor into another and the split that undoes a merge. Both are
// recorded in actor_identities as curated, so later automatic decisions leave them; the analyses stay as
// extracted, and the stored rows (statements, mentions, article links, stances, counts) follow.
import type { Actor } from '@whosaid/core'
import { and, eq, inArray, sql } from 'drizzle-orm'
import { mentionRows, recount, recountStances } from './actor-recount.ts'
import { articleCanonical } from './article-canonical.ts'
import { queryRows, type Store, type Tx } from './database.ts'
import { retryingRaces } from './errors.ts'
import { nameForms, refreshFacts } from './evidence.ts'
import { lockActorsOf, mergeActorInto, nameKeys } from './identity.ts'
import { decideWordsAgain } from './identity-article.ts'
import { windowWords } from './identity-dated.ts'
import {
  actorEvidence,
  actorIdentities,
  actorNameKeys,
  actors,
  articleActors,
  articles,
  mentions,
  statements,
} from './schema.ts'
import { refreshViews, type StatementKey } from './statement-views.ts'

/** Why an actor was split off, and whether a person decided it. */
export type SplitHow = { rule: string; reason: string; curated: boolean }

/** An identity row as the merge tree reads it. */
type Node = { id: string; parent: string | null; curated: boolean }

/** The ids under `root` in the merge tree (itself included), from the rows of one canonical actor. Pure. */
export function subtree(nodes: readonly Node[], root: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const { id, parent } of nodes) {
    if (parent === null || id === root) continue
    // Grown in place: copying the list for each child was quadratic in the children of one actor.
    const siblings = children.get(parent)
    if (siblings) siblings.push(id)
    else children.set(parent, [id])
  }
  const out = new Set([root])
  const todo = [root]
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    for (const child of children.get(id) ?? []) {
      if (out.has(child)) continue
      out.add(child)
      todo.push(child)
    }
  }
  return out
}

/**
 * Splits actor id `id` off the canonical actor it was merged into, with every id merged under it: it becomes its
 * own canonical actor again, and the statements, mentions and article links its articles gave those ids move to
 * it. Answers false when `id` is unknown or is not merged into another. Work is proportional to its articles.
 */
export async function splitActorOut(tx: Tx, id: string, how: SplitHow): Promise<boolean> {
  const [own] = await tx.select().from(actorIdentities).where(eq(actorIdentities.actorId, id))
  if (!own || own.canonicalId === id) return false
  const from = own.canonicalId
  if (!how.curated && own.curated) return false
  const tree = await tx
    .select({
      id: actorIdentities.actorId,
      parent: actorIdentities.parentId,
      curated: actorIdentities.curated,
    })
    .from(actorIdentities)
    .where(eq(actorIdentities.canonicalId, from))
    // The identities this split changes, locked in one order: an article being written under `from` finishes
    // before.
    .orderBy(actorIdentities.actorId)
    .for('update')
  const moving = [...subtree(tree, id)]
  await tx
    .update(actorIdentities)
    .set({ canonicalId: id })
    .where(and(eq(actorIdentities.canonicalId, from), inArray(actorIdentities.actorId, moving)))
  await tx
    .update(actorIdentities)
    .set({ parentId: null, rule: how.rule, reason: how.reason, curated: how.curated })
    .where(eq(actorIdentities.actorId, id))
  const names = (await nameForms(tx, [id])).get(id) ?? []
  const name = names[0] ?? own.name
  await tx
    .insert(actors)
    .values({ id, name, kind: own.kind, aliases: [], searchText: name.toLowerCase() })
    .onConflictDoNothing()
  const keys = nameKeys(name, own.kind).map((key) => ({ key, actorId: id }))
  if (keys.length > 0) await tx.insert(actorNameKeys).values(keys).onConflictDoNothing()
  const affected = await tx
    .selectDistinct({ articleId: actorEvidence.articleId })
    .from(actorEvidence)
    .where(and(inArray(actorEvidence.extractedId, moving), eq(actorEvidence.field, 'name')))
  const moved: StatementKey[] = []
  for (const { articleId } of affected) {
    const [article] = await tx
      .select({ actors: sql<Actor[]>`${articles.analysis}->'actors'` })
      .from(articles)
      .where(eq(articles.id, articleId))
    if (!article) continue
    // Each actor as the article's rows now stand, its per-article identity first (a lone word there may name
    // `from` in this article alone).
    const canonicalOf = await articleCanonical(
      tx,
      articleId,
      article.actors.map((actor) => actor.id),
    )
    const list = article.actors.filter((actor) => [from, id].includes(canonicalOf.get(actor.id) ?? ''))
    const to = (actorId: string) => canonicalOf.get(actorId) ?? actorId
    await tx
      .delete(mentions)
      .where(and(eq(mentions.articleId, articleId), inArray(mentions.actorId, [from, id])))
    const rows = mentionRows(articleId, list, to)
    if (rows.length > 0) await tx.insert(mentions).values(rows).onConflictDoNothing()
    await tx.insert(articleActors).values({ articleId, actorId: id }).onConflictDoNothing()
    if (!list.some((actor) => to(actor.id) === from)) {
      await tx
        .delete(articleActors)
        .where(and(eq(articleActors.articleId, articleId), eq(articleActors.actorId, from)))
    }
  }
  const articleIds = affected.map(({ articleId }) => articleId)
  if (articleIds.length > 0) {
    const ids = sql.join(
      moving.map((one) => sql`${one}`),
      sql`, `,
    )
    const inArticles = sql.join(
      articleIds.map((one) => sql`${one}`),
      sql`, `,
    )
    moved.push(
      ...(await queryRows<StatementKey>(
        tx,
        sql`update ${statements} set speaker_id = ${id}
          where speaker_id = ${from} and article_id in (${inArticles}) and (data->>'speaker') in (${ids})
          returning article_id as "articleId", id`,
      )),
      ...(await queryRows<StatementKey>(
        tx,
        sql`update ${statements} set target_id = ${id}
          where target_id = ${from} and article_id in (${inArticles}) and (data->'stance'->>'target') in (${ids})
          returning article_id as "articleId", id`,
      )),
    )
  }
  await recountStances(tx, [from, id])
  await recount(tx, from)
  await recount(tx, id)
  await refreshFacts(tx, [from, id])
  await refreshViews(tx, moved)
  return true
}

/** The words lone words of these actors (canonical ones, by their stored names) go by (`windowWords`). */
async function wordsOf(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const rows = await tx
    .select({ name: actors.name, kind: actors.kind })
    .from(actors)
    .where(inArray(actors.id, [...ids]))
  return windowWords({ actors: rows })
}

/** What a curation did, or why it could not. */
export type CurationResult =
  | { ok: true; canonical: string }
  | { ok: false; reason: 'not-found' | 'not-merged' | 'same' }

/**
 * A person's decision that actor `from` is actor `into`: everything stored under `from` moves to `into`'s
 * canonical actor, recorded as curated (later automatic decisions leave it). Holds the actors' name keys as
 * ingest does (`lockActorsOf`), so it cannot interleave with an ingest writing under either actor; run again when it
 * loses a deadlock.
 * @example await mergeActor(store, 'person:meadows', 'person:mark-meadows')
 */
export async function mergeActor(store: Store, from: string, into: string): Promise<CurationResult> {
  return retryingRaces(() =>
    store.db.transaction(async (tx) => {
      const [source = from, target = into] = await lockActorsOf(tx, [from, into])
      if (source === target) return { ok: false, reason: 'same' } as const
      return mergeCurated(tx, source, target)
    }),
  )
}

/**
 * Merges canonical actor `from` into `into` as a person's decision, under its locks, then decides again each dated
 * article of the lone words of their words (the persons bearing them changed), so that the per-article rows agree.
 */
async function mergeCurated(tx: Tx, from: string, into: string): Promise<CurationResult> {
  const found = await tx
    .select({ id: actors.id })
    .from(actors)
    .where(inArray(actors.id, [from, into]))
  if (found.length !== 2) return { ok: false, reason: 'not-found' }
  const words = await wordsOf(tx, [from, into])
  await mergeActorInto(tx, from, into, { rule: 'curated', reason: `merged into ${into}`, curated: true })
  await decideWordsAgain(tx, words)
  return { ok: true, canonical: into }
}

/**
 * A person's decision that actor `from` is actor `into`, as `mergeActor` makes it, where `from` is a canonical
 * actor itself: answers false when either actor is unknown (or they are one).
 * @example await mergeActors(store, 'person:meadows', 'person:mark-meadows')
 */
export async function mergeActors(store: Store, from: string, into: string): Promise<boolean> {
  return retryingRaces(() =>
    store.db.transaction(async (tx) => {
      const [, target = into] = await lockActorsOf(tx, [from, into])
      if (from === target) return false
      return (await mergeCurated(tx, from, target)).ok
    }),
  )
}

/**
 * A person's decision that actor id `id` is not the actor it was merged into: undoes that merge (and keeps it
 * undone: the split is curated).
 * @example await splitActor(store, 'person:clinton')
 */
export async function splitActor(store: Store, id: string): Promise<CurationResult> {
  return retryingRaces(() =>
    store.db.transaction(async (tx) => {
      await lockActorsOf(tx, [id])
      const [own] = await tx.select().from(actorIdentities).where(eq(actorIdentities.actorId, id))
      if (!own) return { ok: false, reason: 'not-found' } as const
      const done = await splitActorOut(tx, id, {
        rule: 'curated',
        reason: `split off ${own.canonicalId}`,
        curated: true,
      })
      if (done) await decideWordsAgain(tx, await wordsOf(tx, [id, own.canonicalId]))
      return done ? ({ ok: true, canonical: id } as const) : ({ ok: false, reason: 'not-merged' } as const)
    }),
  )
}
