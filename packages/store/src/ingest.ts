import { type Analysis, AnalysisSchema, type AnalyzeOptions, analyze, hashText } from '@whosaid/core'
import { inArray, sql } from 'drizzle-orm'
import { splitActorOut } from './curation.ts'
import type { Store } from './database.ts'
import { ensureRoom } from './disk-space.ts'
import { isRetryable, StoreError } from './errors.ts'
import { evidenceRows, refreshFacts } from './evidence.ts'
import { ExclusiveKeysNeeded, mergeActorInto, resolveActors } from './identity.ts'
import { getArticle } from './queries/articles.ts'
import { referencedActors, toRows, withViews } from './rows.ts'
import { spanOutside, storable } from './sanitize.ts'
import {
  actorEvidence,
  actorIdentities,
  actors,
  articleActors,
  articles,
  mentions,
  stances,
  statements,
  statementTerms,
} from './schema.ts'
import type { StoredAnalysis } from './views.ts'

/** What storing an analysis did: `created` is false when the same text was already stored. */
export type IngestResult = { created: boolean; analysis: StoredAnalysis }

/** Rows per INSERT, well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500

/** How often a transaction that lost a deadlock or serialization race is tried again. */
const ATTEMPTS = 4

/** Splits a list into chunks of at most `size`. */
function chunks<Item>(items: readonly Item[], size: number): Item[][] {
  const out: Item[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The actor's aliases after a merge: both sides' aliases and the other side's name, without the kept name. */
const mergedAliases = sql`(
  select coalesce(array_agg(distinct alias order by alias), '{}'::text[])
  from unnest(${actors.aliases} || excluded.aliases || array[excluded.name]) as alias
  where alias <> ${actors.name} and alias <> ''
)`

/**
 * Writes the terms of an article's stored statements (see `statementTerms`): one row per lexeme of each
 * statement's text search vector, which the database computed from its content. Migration 0004 does the same.
 */
function termsOfArticle(articleId: string) {
  return sql`insert into ${statementTerms} (lexeme, dated_at, article_id, ordinal)
    select unnest(tsvector_to_array(${statements.search})), ${statements.datedAt}, ${statements.articleId},
      ${statements.ordinal}
    from ${statements} where ${statements.articleId} = ${articleId}`
}

/**
 * Stores one analysis with its actors, mentions, statements and stances in one transaction: all or nothing.
 * Idempotent: an article whose id (a hash of its text) is stored already is left alone and returned as stored.
 * Actors are upserted in id order and stances in key order, so concurrent ingests lock rows in the same order
 * and cannot deadlock; a transaction that loses a race anyway is retried.
 * @example const { created } = await storeAnalysis(store, analyze(text))
 */
export async function storeAnalysis(
  store: Store,
  given: Analysis,
  now: Date = new Date(),
): Promise<IngestResult> {
  const checked = AnalysisSchema.safeParse(given)
  if (!checked.success) {
    throw new StoreError(
      'invalid-analysis',
      `The analysis does not match the schema: ${checked.error.message}`,
    )
  }
  const outside = spanOutside(given)
  if (outside)
    throw new StoreError('invalid-analysis', `The span at ${outside} lies outside the article text.`)
  // The parsed analysis, not the given one: keys the schema does not know never reach the stored views.
  const analysis = storable(checked.data)
  await ensureRoom(store, analysis.article.text.length)
  const extracted = toRows(analysis, now)
  let created = false
  // Keys of actors already decided are first locked shared; a rare change to what they name needs them exclusive.
  let exclusive = false
  for (let attempt = 1; ; attempt++) {
    try {
      created = await store.db.transaction(async (tx) => {
        const inserted = await tx
          .insert(articles)
          .values(extracted.article)
          .onConflictDoNothing({ target: articles.id })
          .returning({ id: articles.id })
        if (inserted.length === 0) return false
        // What the article states about its actors as extracted: written before resolution takes its locks.
        const evidence = evidenceRows(extracted)
        for (const batch of chunks(evidence, CHUNK)) {
          await tx.insert(actorEvidence).values(batch).onConflictDoNothing()
        }
        // The article's actors as the store's canonical actors (see identity.ts); the analysis stays as extracted.
        const { rows, canonical, adopt, shared, sharedByKnown } = await resolveActors(tx, extracted, {
          exclusive,
        })
        // The name each actor is stored under: its first article's, which an upsert keeps.
        const names = new Map<string, string>()
        // The role and affiliation each actor shows after the upsert.
        const shown = new Map<string, { role: string | null; affiliation: string | null }>()
        for (const batch of chunks(rows.actors, CHUNK)) {
          const kept = await tx
            .insert(actors)
            .values(batch)
            .onConflictDoUpdate({
              target: actors.id,
              set: {
                role: sql`coalesce(${actors.role}, excluded.role)`,
                affiliation: sql`coalesce(${actors.affiliation}, excluded.affiliation)`,
                aliases: mergedAliases,
                searchText: sql`lower(${actors.name} || ' ' || array_to_string(${mergedAliases}, ' '))`,
                articleCount: sql`${actors.articleCount} + 1`,
                statementCount: sql`${actors.statementCount} + excluded.statement_count`,
              },
            })
            .returning({
              id: actors.id,
              name: actors.name,
              role: actors.role,
              affiliation: actors.affiliation,
            })
          for (const { id, name, role, affiliation } of kept) {
            names.set(id, name)
            shown.set(id, { role, affiliation })
          }
        }
        // A statement may point at an actor stored by another article but not listed in this analysis.
        const elsewhere = referencedActors(rows).filter((id) => !names.has(id))
        if (elsewhere.length > 0) {
          const found = await tx
            .select({ id: actors.id, name: actors.name })
            .from(actors)
            .where(inArray(actors.id, elsewhere))
          for (const { id, name } of found) names.set(id, name)
        }
        for (const batch of chunks(rows.articleActors, CHUNK)) {
          await tx.insert(articleActors).values(batch)
        }
        for (const batch of chunks(rows.mentions, CHUNK)) {
          await tx.insert(mentions).values(batch).onConflictDoNothing()
        }
        for (const batch of chunks(withViews(rows, names), CHUNK)) {
          await tx.insert(statements).values(batch)
        }
        if (rows.statements.length > 0) await tx.execute(termsOfArticle(rows.article.id))
        for (const batch of chunks(rows.stances, CHUNK)) {
          await tx
            .insert(stances)
            .values(batch)
            .onConflictDoUpdate({
              target: [stances.sourceId, stances.targetId, stances.polarity],
              set: { statementCount: sql`${stances.statementCount} + excluded.statement_count` },
            })
        }
        // Role and affiliation from all the evidence, where this article states one.
        // A vote for the value an actor shows already cannot unseat it: only the others need counting.
        const stated = evidence
          .filter(({ field }) => field === 'role' || field === 'affiliation')
          .filter(({ extractedId, field, value }) => {
            const id = canonical.get(extractedId) ?? extractedId
            const given = field === 'affiliation' ? (canonical.get(value) ?? value) : value
            return shown.get(id)?.[field as 'role' | 'affiliation'] !== given
          })
          .map(({ extractedId }) => canonical.get(extractedId) ?? extractedId)
        await refreshFacts(tx, [...new Set(stated)].sort())
        for (const { from, into, rule } of adopt) {
          await mergeActorInto(tx, from, into, {
            rule,
            reason: `joined ${into} on ingest of ${rows.article.id}`,
            curated: false,
          })
        }
        // A lone surname joined to a person whose surname another person now shares is its own again.
        if (shared.length > 0) {
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
              reason: `its surname names more than one person since ${rows.article.id}`,
              curated: false,
            })
          }
        }
        return true
      })
      break
    } catch (error) {
      if (error instanceof ExclusiveKeysNeeded && !exclusive) {
        exclusive = true
        attempt--
        continue
      }
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error
    }
  }
  if (created) return { created, analysis: { ...analysis, ingestedAt: now.toISOString() } }
  const stored = await getArticle(store, analysis.article.id)
  // Only a concurrent delete between the insert and this read could leave nothing; answer what was given.
  return { created, analysis: stored ?? { ...analysis, ingestedAt: now.toISOString() } }
}

/** A function from text to analysis: core's `analyze`, or a stand-in in tests. */
export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis

/**
 * Analyzes a text and stores it: the one call a CLI or script needs. A text already stored (its id is the hash
 * of the text) is answered from the store without analyzing it again; its metadata is left as first stored.
 * @example const { created, analysis } = await ingestArticle(store, text, { source: 'Reuters' })
 */
export async function ingestArticle(
  store: Store,
  text: string,
  meta: AnalyzeOptions = {},
  analyzer: Analyzer = analyze,
): Promise<IngestResult> {
  const stored = await getArticle(store, `a_${hashText(text)}`)
  if (stored) return { created: false, analysis: stored }
  return storeAnalysis(store, analyzer(text, meta))
}
