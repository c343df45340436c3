import { type Analysis, AnalysisSchema, type AnalyzeOptions, hashText } from '@whosaid/core/io'
import { sql } from 'drizzle-orm'
import { boundActors } from './bounded-actors.ts'
import { checkAnalysisSteps } from './check-analysis.ts'
import { queryRows, type Store, sqlAny, sqlAnySteps, type Tx } from './database.ts'
import { ensureRoom } from './disk-space.ts'
import { ATTEMPTS, isRetryable, pauseBeforeRetry, StoreError, withUndoError } from './errors.ts'
import { type EvidenceRow, evidenceRowsSteps, refreshFacts, type ShownFacts } from './evidence.ts'
import { loneWordOf, rewriteRowsSteps } from './identity.ts'
import { articleRowsHold } from './identity-article.ts'
import { recordSpans } from './identity-dated.ts'
import { oweFactSettles, payOwedFacts } from './identity-facts.ts'
import { jsonParts } from './json-slices.ts'
import { getArticle } from './queries/articles.ts'
import { actorRecord, type IngestRows, referencedActorsSteps, toRowsSteps, withViews } from './rows.ts'
import { spanOutsideSteps, storableSteps } from './sanitize.ts'
import {
  actorEvidence,
  actorIdentities,
  actors,
  articleActors,
  articleIdentities,
  articles,
  mentions,
  stances,
  statements,
  statementTerms,
} from './schema.ts'
import { forgetIdentities, type SettledChange, settleIdentities } from './settle-identities.ts'
import { stagedText, textParts } from './staged-text.ts'
import { eachInSteps, runWithPauses, type StepRunner, stepRunner } from './steps.ts'
import type { StoredAnalysis } from './views.ts'

/**
 * What storing an analysis did: `created` is false when the same text was already stored; `retries` counts the
 * times its write was run again (it lost a deadlock, or its actors' identities changed under it); `owesFacts` is
 * true when the article is stored but the lone-word decisions its write changed failed (warned of on stderr): they
 * stay owed (`fact_settles_owed`) for its next ingest, `sweepOrphans` or a writer's open.
 */
export type IngestResult = { created: boolean; analysis: StoredAnalysis; retries: number; owesFacts: boolean }

/** Statements and actors past which an analysis is stored with pauses of the event loop between its steps. */
const LARGE_ANALYSIS = 2_000

/**
 * True for an analysis of over LARGE_ANALYSIS statements and actors, whose steps are taken with the event loop run
 * between them (storing it here, sending it in `jsonStream` slices in the API). Any value may be asked about.
 * @example isLargeAnalysis(analyze(tenMegabytes)) // true
 */
export function isLargeAnalysis(given: unknown): boolean {
  const lengthOf = (list: unknown) => (Array.isArray(list) ? list.length : 0)
  const parts = given as Partial<Analysis> | null | undefined
  return lengthOf(parts?.statements) + lengthOf(parts?.actors) > LARGE_ANALYSIS
}

/** Rows per INSERT, well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500

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

/** Statements, and mentions, facts and actor links, per INSERT of an article's rows (see `articleRowsInserts`). */
const STATEMENTS_PER_INSERT = 250
const MENTIONS_PER_INSERT = 2_500

/**
 * The statements that write an article's evidence, actor links, mentions, statements and statement terms (one
 * row per lexeme of each statement's text search vector, which the database computed from its content, as
 * migration 0004 does), each list sent as one JSON parameter: one statement, one round trip and one plan for an
 * article of up to STATEMENTS_PER_INSERT statements. A larger article takes one more statement per slice of
 * statements (and of mentions), each built only when the one before is sent: a text of many megabytes never
 * holds its caller's thread for all of its rows at once. The views need the stored names (`withViews`).
 */
function* articleRowsInserts(
  rows: IngestRows,
  evidence: readonly EvidenceRow[],
  names: ReadonlyMap<string, string>,
) {
  const articleId = rows.article.id
  const datedAt = rows.article.datedAt.toISOString()
  const statementSlices = chunks(rows.statements, STATEMENTS_PER_INSERT)
  const mentionSlices = chunks(rows.mentions, MENTIONS_PER_INSERT)
  const factSlices = chunks(evidence, MENTIONS_PER_INSERT)
  const linkSlices = chunks(rows.articleActors, MENTIONS_PER_INSERT)
  const slices = Math.max(
    1,
    statementSlices.length,
    mentionSlices.length,
    factSlices.length,
    linkSlices.length,
  )
  for (let slice = 0; slice < slices; slice++) {
    const facts = JSON.stringify(
      (factSlices[slice] ?? []).map(({ extractedId, field, value }) => ({
        e: extractedId,
        f: field,
        v: value,
      })),
    )
    const links = JSON.stringify((linkSlices[slice] ?? []).map(({ actorId }) => actorId))
    const spans = JSON.stringify(
      (mentionSlices[slice] ?? []).map(({ actorId, start, end, form }) => ({
        a: actorId,
        s: start,
        e: end,
        f: form ?? null,
      })),
    )
    const said = JSON.stringify(
      withViews({ ...rows, statements: statementSlices[slice] ?? [] }, names).map((row) => ({
        id: row.id,
        ordinal: row.ordinal,
        speaker_id: row.speakerId ?? null,
        target_id: row.targetId ?? null,
        polarity: row.polarity ?? null,
        mode: row.mode,
        negated: row.negated,
        dated_at: row.datedAt.toISOString(),
        quote: row.quote,
        cue_text: row.cueText ?? null,
        source_text: row.sourceText ?? null,
        data: row.data,
        view: row.view,
      })),
    )
    yield sql`with facts as (
      insert into ${actorEvidence} (extracted_id, field, value, article_id, dated_at)
      select r.e, r.f, r.v, ${articleId}, ${datedAt}::timestamptz
      from json_to_recordset(${facts}::json) as r(e text, f text, v text)
      on conflict do nothing),
    links as (
      insert into ${articleActors} (article_id, actor_id)
      select ${articleId}, l.value from json_array_elements_text(${links}::json) as l),
    spans as (
      insert into ${mentions} (article_id, actor_id, start, "end", form)
      select ${articleId}, r.a, r.s, r.e, r.f from json_to_recordset(${spans}::json) as r(a text, s int, e int, f text)
      on conflict do nothing),
    said as (
      insert into ${statements} (article_id, id, ordinal, speaker_id, target_id, polarity, mode, negated, dated_at,
        quote, cue_text, source_text, data, view)
      select ${articleId}, r.id, r.ordinal, r.speaker_id, r.target_id, r.polarity, r.mode, r.negated, r.dated_at,
        r.quote, r.cue_text, r.source_text, r.data, r.view
      from json_to_recordset(${said}::json) as r(id text, ordinal int, speaker_id text, target_id text,
        polarity text, mode text, negated boolean, dated_at timestamptz, quote text, cue_text text,
        source_text text, data json, view text)
      returning search, dated_at, article_id, ordinal)
    insert into ${statementTerms} (lexeme, dated_at, article_id, ordinal)
    select unnest(tsvector_to_array(said.search)), said.dated_at, said.article_id, said.ordinal from said`
  }
}

/**
 * The upserts of an article's actors, CHUNK at a time, each chunk's rows sent as one JSON parameter and inserted
 * in its order, which is id order (concurrent ingests lock actor rows in one order). Each is built only when the
 * one before has run, and answers the role and affiliation every actor shows after it. (Drizzle's multi-row
 * `values` took 150 ms of the caller's thread per 500 actors to build its 4,500 parameters.)
 */
function* actorUpserts(rows: readonly (typeof actors.$inferInsert)[]) {
  for (const batch of chunks(rows, CHUNK)) {
    const given = JSON.stringify(
      batch.map((row) => ({ ...actorRecord(row), statement_count: row.statementCount ?? 0 })),
    )
    yield sql`insert into ${actors} (id, name, kind, role, affiliation, aliases, search_text, article_count,
        statement_count)
      select r.id, r.name, r.kind, r.role, r.affiliation, r.aliases, r.search_text, 1, r.statement_count
      from json_to_recordset(${given}::json) as r(id text, name text, kind text, role text, affiliation text,
        aliases text[], search_text text, statement_count int)
      on conflict (id) do update set
        role = coalesce(${actors.role}, excluded.role),
        affiliation = coalesce(${actors.affiliation}, excluded.affiliation),
        aliases = ${mergedAliases},
        search_text = lower(${actors.name} || ' ' || array_to_string(${mergedAliases}, ' ')),
        article_count = ${actors.articleCount} + 1,
        statement_count = ${actors.statementCount} + excluded.statement_count
      returning id, role, affiliation`
  }
}

/** The upserts of an article's stances (sorted by key), CHUNK at a time, as `actorUpserts` sends its actors. */
function* stanceUpserts(rows: readonly (typeof stances.$inferInsert)[]) {
  for (const batch of chunks(rows, CHUNK)) {
    const given = JSON.stringify(
      batch.map((row) => ({ s: row.sourceId, t: row.targetId, p: row.polarity, c: row.statementCount })),
    )
    yield sql`insert into ${stances} (source_id, target_id, polarity, statement_count)
      select r.s, r.t, r.p, r.c from json_to_recordset(${given}::json) as r(s text, t text, p text, c int)
      on conflict (source_id, target_id, polarity) do update set
        statement_count = ${stances.statementCount} + excluded.statement_count`
  }
}

/**
 * Thrown inside an article's transaction (never out of the store: see StoreError 'busy') when an identity that `settleIdentities` committed is gone or points at
 * an actor that is gone (a curation or a failed ingest undid it in between): the identities are settled again.
 */
class IdentitiesChanged extends Error {
  override readonly name = 'IdentitiesChanged'
}

/**
 * Stores one analysis with its actors, mentions, statements and stances: all or nothing. Idempotent: an article
 * whose id (a hash of its text) is stored already is left alone and returned as stored.
 *
 * Two transactions. The first (`settleIdentities`) decides which stored actors the article's actors are and
 * commits that at once, holding the name keys only that long; the second writes the article's rows under the
 * canonical ids, holding its actors' identity rows shared, so that articles about the same people are written
 * side by side and only a merge or split of those actors waits for them. Actors are upserted in id order and stances in key order, last, so concurrent
 * ingests lock those rows in one order and hold them for a moment; a transaction that loses a race anyway is
 * retried. When the second transaction fails, what the first wrote for this article alone is undone.
 * @example const { created } = await storeAnalysis(store, analyze(text))
 */
export function storeAnalysis(store: Store, given: Analysis, now: Date = new Date()): Promise<IngestResult> {
  // The given analysis is let go of once it is checked: the check answers a copy, and an async function keeps its
  // arguments alive until it returns, which held a second copy of a long analysis (tens of megabytes of a server's
  // heap) through the whole write.
  return checkedAnalysis(given).then((checked) => storeChecked(store, checked, now))
}

/** The analysis as the schema parses it (unknown keys dropped), or a StoreError 'invalid-analysis'. */
async function checkedAnalysis(given: Analysis): Promise<Analysis> {
  // A long article's steps take a good part of a second each on the caller's thread: they run in slices, with the
  // event loop running between them (`steps.ts`). (Read before the schema check: an analysis that breaks the
  // schema is refused by it, not by this line.)
  const checked = isLargeAnalysis(given)
    ? await runWithPauses(checkAnalysisSteps(given))
    : AnalysisSchema.safeParse(given)
  if (!checked.success) {
    throw new StoreError(
      'invalid-analysis',
      `The analysis does not match the schema: ${checked.error.message}`,
    )
  }
  return checked.data
}

/** `storeAnalysis` of an analysis the schema parsed. */
async function storeChecked(store: Store, checked: Analysis, now: Date): Promise<IngestResult> {
  const run = stepRunner(isLargeAnalysis(checked))
  const outside = await run(spanOutsideSteps(checked))
  if (outside)
    throw new StoreError('invalid-analysis', `The span at ${outside} lies outside the article text.`)
  // The parsed analysis, not the given one: keys the schema does not know never reach the stored views.
  const analysis = await boundActors(store.db, await run(storableSteps(checked)))
  await ensureRoom(store, analysis.article.text.length)
  const extracted = await run(toRowsSteps(analysis, now))
  let created = false
  let retries = 0
  // The merges and splits of stored actors every attempt made, for a failure to undo.
  const changes: SettledChange[] = []
  for (let attempt = 1; ; attempt++) {
    try {
      changes.push(...(await settleIdentities(store, extracted)))
      await writePause.afterSettle?.(extracted.article.id)
      const written = await store.db.transaction((tx) => writeArticle(tx, extracted, run))
      created = written
      break
    } catch (error) {
      if (attempt < ATTEMPTS && (error instanceof IdentitiesChanged || isRetryable(error))) {
        retries++
        writePause.retried?.(error)
        // At a random pause: two ingests that deadlocked each other, run again at once, met again (issue 16).
        await pauseBeforeRetry(attempt)
        continue
      }
      // The error that stopped the ingest is the one to report, with the undo's own when that fails too
      // (`undoErrorOf`): it leaves actors without articles, which reads do not show and `sweepOrphans` removes.
      const undoError = await forgetIdentities(store, extracted, changes).then(
        () => undefined,
        (failure: unknown) => failure ?? new Error('the undo failed'),
      )
      if (error instanceof IdentitiesChanged)
        throw withUndoError(
          new StoreError(
            'busy',
            `The identities of the actors of ${extracted.article.id} changed under every attempt to store it.`,
            { cause: error },
          ),
          undoError,
        )
      throw withUndoError(error, undoError)
    }
  }
  // A person's role or affiliation the write changed decides its lone-word articles again, after the commit (as a
  // curation would): the article is stored whatever this does. A payment the database refuses is warned of,
  // answered (`owesFacts`) and stays owed (`fact_settles_owed`, paid by the next ingest of the text, `sweepOrphans`
  // or a writer's open), never thrown: the caller would take a stored article for a failed one (a bug still
  // throws). This call pays for an article stored already too.
  const owesFacts = (await payOwedFacts(store, [analysis.article.id])).length > 0
  if (created)
    return { created, analysis: { ...analysis, ingestedAt: now.toISOString() }, retries, owesFacts }
  const stored = await getArticle(store, analysis.article.id)
  // Only a concurrent delete between the insert and this read could leave nothing; answer what was given.
  return { created, analysis: stored ?? { ...analysis, ingestedAt: now.toISOString() }, retries, owesFacts }
}

/**
 * The canonical id of each of the article's extracted ids and the stored name of every actor its rows name. The
 * identity rows are locked shared until the article commits: a merge or split, which locks the rows it changes
 * for update first, waits for the article, and the article for it. Throws IdentitiesChanged when an extracted id
 * has no identity or its canonical actor no row.
 */
async function readCanonical(
  tx: Tx,
  extracted: IngestRows,
  run: StepRunner,
): Promise<{
  canonical: Map<string, string>
  names: Map<string, string>
  /** Each extracted id decided in this article alone (`article_identities`), with its store-wide canonical id. */
  perArticle: Map<string, string>
}> {
  const ids = extracted.actors.map((actor) => actor.id)
  const listed = new Set(ids)
  // A statement may point at an actor stored by another article but not listed in this analysis: it is read
  // through its identity (and held) like the listed ones, so that it is written under its canonical actor.
  const elsewhere = (await run(referencedActorsSteps(extracted))).filter((id) => !listed.has(id))
  const rows = await queryRows<{
    t: string
    id: string
    canonical: string
    name: string | null
    own: boolean
    wide: string
  }>(
    tx,
    sql`with held as (
          select actor_id, canonical_id from ${actorIdentities}
          where actor_id = ${await run(sqlAnySteps([...ids, ...elsewhere]))}
          order by actor_id for share)
        select 'i' as t, i.actor_id as id, coalesce(x.canonical_id, i.canonical_id) as canonical, a.name,
          x.canonical_id is not null as own, i.canonical_id as wide
        from held i
        left join ${articleIdentities} x on x.article_id = ${extracted.article.id} and x.extracted_id = i.actor_id
        left join ${actors} a on a.id = coalesce(x.canonical_id, i.canonical_id)
        union all
        select 'a', a.id, a.id, a.name, false, a.id from ${actors} a
        where a.id = ${await run(sqlAnySteps(elsewhere))}
          and not exists (select 1 from held h where h.actor_id = a.id)`,
  )
  const canonical = new Map<string, string>()
  const names = new Map<string, string>()
  const perArticle = new Map<string, string>()
  let found = 0
  await run(
    eachInSteps(rows, (row) => {
      const isListed = row.t === 'i' && listed.has(row.id)
      if (row.name === null) {
        if (isListed) throw new IdentitiesChanged()
        // An id only a statement names, whose actor is gone: written as given, as one never stored.
        return
      }
      if (isListed) found++
      if (row.t === 'i') canonical.set(row.id, row.canonical)
      if (row.own) perArticle.set(row.id, row.wide)
      names.set(row.canonical, row.name)
    }),
  )
  if (found !== listed.size) throw new IdentitiesChanged()
  return { canonical, names, perArticle }
}

/**
 * A pause point for tests only: awaited inside an article's transaction once it holds its actors' identity rows
 * shared, so that a test can show what waits for a write in progress. Never set outside tests.
 */
export const writePause: {
  afterLocks?: ((articleId: string) => Promise<void>) | undefined
  /** Awaited between an ingest's settle and its write transaction. */
  afterSettle?: ((articleId: string) => Promise<void>) | undefined
  /** Told of each error an ingest's attempt failed with and was run again for. */
  retried?: ((error: unknown) => void) | undefined
} = {}

/**
 * Inserts the article's row; answers false when it is stored already. The analysis column is written as JSON
 * text made a slice at a time (a long article's takes seconds); it and the text go in parts of a megabyte, one
 * statement each, that the database joins at once (`stagedText`: tens of megabytes in one statement held the
 * server's thread while postgres.js built the message); each part of the JSON is made once the one before is
 * sent. A function of its own, so that those megabytes are garbage once the row is in, not live for the rest of
 * the article's transaction.
 */
async function insertArticle(tx: Tx, extracted: IngestRows): Promise<boolean> {
  const analysisJson = await stagedText(tx, jsonParts(extracted.article.analysis))
  const text = await stagedText(tx, textParts(extracted.article.text))
  const inserted = await tx
    .insert(articles)
    .values({ ...extracted.article, text, analysis: sql`(${analysisJson})::json` })
    .onConflictDoNothing({ target: articles.id })
    .returning({ id: articles.id })
  return inserted.length > 0
}

/**
 * Writes one article's rows under the identities `settleIdentities` committed, in one transaction; answers false
 * when the article is stored already. The actors whose role or affiliation it changed are recorded as owed a
 * decision of their lone-word articles (`oweFactSettles`), in this transaction. The hot rows (the
 * actors' counts, the stances) come last, so that their locks are held for the few statements before the commit.
 */
async function writeArticle(tx: Tx, extracted: IngestRows, run: StepRunner): Promise<boolean> {
  if (!(await insertArticle(tx, extracted))) return false
  // The settle step recorded the article's date in its ids' spans; again here, as a failed ingest's undo
  // recomputes spans from the stored articles, which this one is not yet among (`forgetIdentities`).
  await recordSpans(tx, extracted)
  const { canonical, names, perArticle } = await readCanonical(tx, extracted, run)
  await writePause.afterLocks?.(extracted.article.id)
  // An ingest that settled after this article's settle could not see it (it is not stored yet): its lone words
  // are decided again now that its identity rows are held, and the ingest retried if the answer moved.
  if (!(await articleRowsHold(tx, extracted))) throw new IdentitiesChanged()
  // The article's actors as the store's canonical actors (see identity.ts); the analysis stays as extracted. For a
  // large article this pauses inside the transaction, its identity rows held shared: a merge or split of its actors
  // waits that much longer (and, on the one-connection PGlite, every other query), against a server that answers.
  // A lone word decided into a person in this article alone (`article_identities`) lends him its name there, never
  // its role or affiliation: those would decide the word's other articles, so the order of ingest would matter.
  const lent = perArticle.size === 0 ? extracted : withoutFactsOf(extracted, new Set(perArticle.keys()))
  const rows = await run(rewriteRowsSteps(lent, canonical))
  // What the article states about its actors as extracted.
  const evidence = await run(evidenceRowsSteps(extracted))
  for (const insert of articleRowsInserts(rows, evidence, names)) await tx.execute(insert)
  // The role and affiliation such a lone word states here are its own row's evidence (`refreshFacts` counts every
  // article of its extracted id), as they are when a later decision moves the article: the same row either way.
  const lentTo = [
    ...new Set(
      evidence
        .filter(({ extractedId, field }) => field !== 'name' && perArticle.has(extractedId))
        .map(({ extractedId }) => perArticle.get(extractedId) ?? extractedId),
    ),
  ].sort()
  const before = await factsBefore(tx, rows.actors, lentTo)
  // The role and affiliation each actor shows after the upsert.
  const shown = new Map<string, ShownFacts>()
  for (const upsert of actorUpserts(rows.actors)) {
    for (const kept of await queryRows<ShownFacts>(tx, upsert)) shown.set(kept.id, kept)
  }
  for (const upsert of stanceUpserts(rows.stances)) await tx.execute(upsert)
  // Role and affiliation from all the evidence, where this article states one.
  // A vote for the value an actor shows already cannot unseat it: only the others need counting.
  const stated = evidence
    .filter(
      ({ extractedId, field }) =>
        (field === 'role' || field === 'affiliation') && !perArticle.has(extractedId),
    )
    .filter(({ extractedId, field, value }) => {
      const id = canonical.get(extractedId) ?? extractedId
      const given = field === 'affiliation' ? (canonical.get(value) ?? value) : value
      return shown.get(id)?.[field as 'role' | 'affiliation'] !== given
    })
    .map(({ extractedId }) => canonical.get(extractedId) ?? extractedId)
  for (const now of await refreshFacts(tx, [...new Set(stated)].sort())) shown.set(now.id, now)
  await refreshFacts(tx, lentTo)
  const changed = before
    .filter(({ id, role, affiliation }) => {
      const now = shown.get(id)
      return now !== undefined && (now.role !== role || now.affiliation !== affiliation)
    })
    .map(({ id }) => id)
  await oweFactSettles(tx, extracted.article.id, changed)
  return true
}

/** The rows with the role and affiliation of the given extracted actors left out. Pure. */
function withoutFactsOf(rows: IngestRows, ids: ReadonlySet<string>): IngestRows {
  return {
    ...rows,
    actors: rows.actors.map((actor) =>
      ids.has(actor.id) ? { ...actor, role: null, affiliation: null } : actor,
    ),
  }
}

/**
 * What the article's persons of a full name that state a role or affiliation showed before it (a lone word's
 * per-article decision reads these: `identity-facts.ts`). Locks every actor row of the article, and the store-wide
 * rows of its lone words decided per article whose facts it refreshes (`lentTo`), in id order, as the upserts
 * after it do, so that a concurrent write's change is read as it committed, never missed.
 */
async function factsBefore(
  tx: Tx,
  rows: readonly (typeof actors.$inferInsert)[],
  lentTo: readonly string[],
): Promise<ShownFacts[]> {
  const watched = rows
    .filter(
      ({ name, kind, role, affiliation }) =>
        kind === 'person' && loneWordOf(name) === undefined && (role || affiliation),
    )
    .map(({ id }) => id)
  if (watched.length === 0 && lentTo.length === 0) return []
  return queryRows<ShownFacts>(
    tx,
    sql`with locked as materialized (select id, role, affiliation from ${actors}
        where id = ${sqlAny([...rows.map(({ id }) => id), ...lentTo])} order by id for no key update)
      select id, role, affiliation from locked where id = ${sqlAny(watched)}`,
  )
}

/** A function from text to analysis: core's `analyze` (the default), or a stand-in in tests. */
export type Analyzer = (text: string, options?: AnalyzeOptions) => Analysis

/**
 * Analyzes a text and stores it: the one call a CLI or script needs. A text already stored (its id is the hash
 * of the text) is answered from the store without analyzing it again; its metadata is left as first stored, and
 * what it still owes is paid first (a payment the database refuses is warned of, answered as `owesFacts`, stays
 * owed, and does not throw).
 * @example const { created, analysis } = await ingestArticle(store, text, { source: 'Reuters' })
 */
export async function ingestArticle(
  store: Store,
  text: string,
  meta: AnalyzeOptions = {},
  analyzer?: Analyzer,
): Promise<IngestResult> {
  const id = `a_${hashText(text)}`
  const stored = await getArticle(store, id)
  if (stored) {
    // What a failure after its first ingest's commit left owed is paid now (one indexed read when nothing is); a
    // payment that fails again is warned of and stays owed: answering a stored article is a read, it never throws.
    const owesFacts = (await payOwedFacts(store, [id])).length > 0
    return { created: false, analysis: stored, retries: 0, owesFacts }
  }
  // Core's models are loaded on first use, not with the store: most users of the store never analyze.
  const analyze = analyzer ?? (await import('@whosaid/core')).analyze
  return storeAnalysis(store, analyze(text, meta))
}
