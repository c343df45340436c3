import { sql } from 'drizzle-orm'
import {
  boolean,
  customType,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

/** PostgreSQL's `tsvector`: a column that only the database writes (generated) and only `@@` reads. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** A timestamp with time zone, read and written as a `Date`. */
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/**
 * The text search vectors stop at this many characters: a tsvector must stay under 1 MB, and a longer
 * article is searchable by its first half-million characters rather than refused.
 */
const SEARCH_PREFIX = 500_000

/** One ingested article: its text, metadata and the whole analysis (without the text, kept once in `text`). */
export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    title: text('title'),
    dateline: text('dateline'),
    text: text('text').notNull(),
    excerpt: text('excerpt').notNull(),
    url: text('url'),
    source: text('source'),
    /** The text's language, ISO 639-1, as core identified it; null for articles stored before it did. */
    language: text('language'),
    publishedAt: instant('published_at'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
    /** `published_at`, or `ingested_at` when the article has no date: what lists sort and filter on. */
    datedAt: instant('dated_at').notNull(),
    actorCount: integer('actor_count').notNull(),
    statementCount: integer('statement_count').notNull(),
    extractorVersion: text('extractor_version').notNull(),
    /** Where the body starts in `text` (the analysis's `article.body.start`): a name before it is in the headline. */
    bodyStart: integer('body_start').notNull().default(0),
    /**
     * `json`, not `jsonb`: nothing queries inside it but a curation reading its actors, and `jsonb` builds the whole
     * value as a tree to store it, which grew PGlite's memory (never given back) by 24 bytes per byte of a 7 MB
     * analysis, against 5 with `json`; a read also gets back the text stored, not a new print of it.
     */
    analysis: json('analysis').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      sql.raw(
        `to_tsvector('english'::regconfig, left(coalesce(title, '') || ' ' || text, ${SEARCH_PREFIX}))`,
      ),
    ),
  },
  (t) => [
    index('articles_dated_idx').on(t.datedAt.desc(), t.id.desc()),
    // No pending list: PGlite runs no autovacuum to fold it in, so each search read it whole (up to 4 MB), a cost
    // that grew with the store; ingest asks it for the undecided surname bearers named in few articles (`readNotNames`).
    index('articles_search_idx').using('gin', t.search).with({ fastupdate: false }),
  ],
)

/** One actor across every article: the canonical name, the aliases seen anywhere, and running counts. */
export const actors = pgTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    role: text('role'),
    affiliation: text('affiliation'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** Lower-case name and aliases, for substring search through a trigram index. */
    searchText: text('search_text').notNull(),
    articleCount: integer('article_count').notNull().default(0),
    statementCount: integer('statement_count').notNull().default(0),
    /** The actor's Wikidata item ("Q22686"), from the registry of known actors; null when unknown. */
    wikidata: text('wikidata'),
    /** Whether the actor came from the registry of known actors: it stays canonical and its aliases resolve to it. */
    registered: boolean('registered').notNull().default(false),
  },
  (t) => [
    index('actors_rank_idx').on(t.articleCount.desc(), t.id),
    index('actors_kind_rank_idx').on(t.kind, t.articleCount.desc(), t.id),
    index('actors_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
)

/** Which actors each article has: what `articleCount` counts and the article list's `actor` filter reads. */
export const articleActors = pgTable(
  'article_actors',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.actorId] }),
    index('article_actors_actor_idx').on(t.actorId, t.articleId),
  ],
)

/** Where an article names or refers to an actor (`form` is null for the name itself). */
export const mentions = pgTable(
  'mentions',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    form: text('form'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.actorId, t.start, t.end] }),
    index('mentions_actor_idx').on(t.actorId),
  ],
)

/**
 * One reported statement. Speaker and target are plain ids, not foreign keys, so that an analysis naming an
 * actor it does not list is still stored (odd input is not an error); lists join actors for names.
 */
export const statements = pgTable(
  'statements',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    /** The statement's position in its article, so that one article's statements list in text order. */
    ordinal: integer('ordinal').notNull(),
    speakerId: text('speaker_id'),
    targetId: text('target_id'),
    polarity: text('polarity'),
    mode: text('mode').notNull(),
    negated: boolean('negated').notNull(),
    /** A copy of the article's `dated_at`, so that date filters and newest-first order use one index. */
    datedAt: instant('dated_at').notNull(),
    quote: text('quote').notNull(),
    cueText: text('cue_text'),
    sourceText: text('source_text'),
    /**
     * The statement exactly as the analysis gave it. `json`, not `jsonb`: nothing queries inside it, and lists
     * send it on as the text it was stored as, which `jsonb` would have to print anew for every row read.
     */
    data: json('data').notNull(),
    /**
     * The statement as lists answer it: its StatementView as JSON text (`statementViewJson`), written at ingest.
     * What it adds never changes once stored (an actor keeps its first name, an article its title and date), so
     * a list reads this one column per row instead of joining the article and two actors for each.
     */
    view: text('view').notNull(),
    search: tsvector('search').generatedAlwaysAs(
      sql.raw(`to_tsvector('english'::regconfig, left(quote, ${SEARCH_PREFIX}))`),
    ),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.id] }),
    uniqueIndex('statements_ordinal_idx').on(t.articleId, t.ordinal),
    index('statements_dated_idx').on(t.datedAt.desc(), t.articleId.desc(), t.ordinal),
    index('statements_speaker_idx').on(t.speakerId, t.datedAt.desc(), t.articleId.desc(), t.ordinal),
    index('statements_target_idx').on(t.targetId, t.datedAt.desc(), t.articleId.desc(), t.ordinal),
    index('statements_polarity_idx').on(t.polarity, t.datedAt.desc(), t.articleId.desc(), t.ordinal),
    index('statements_search_idx').using('gin', t.search),
  ],
)

/**
 * The words of each statement's content, one row per lexeme (the lexemes of `statements.search`), in list
 * order: an ordered posting list. A search whose every word must match walks one word's rows newest first and
 * stops at the page's end, where the text index would find every match and sort them all. No foreign key (0015):
 * its check was a lookup and a row lock of the statement for every lexeme written, the largest cost of an
 * article's insert; a trigger on `statements` deletes a deleted statement's terms, once per delete statement.
 */
export const statementTerms = pgTable(
  'statement_terms',
  {
    lexeme: text('lexeme').notNull(),
    /** The statement's `dated_at`, `article_id` and `ordinal`: its place in list order, and its key. */
    datedAt: instant('dated_at').notNull(),
    articleId: text('article_id').notNull(),
    ordinal: integer('ordinal').notNull(),
  },
  (t) => [index('statement_terms_idx').on(t.lexeme, t.datedAt.desc(), t.articleId.desc(), t.ordinal)],
)

/** Actor → actor stance edges with how many statements say so, kept up to date by ingest. */
export const stances = pgTable(
  'stances',
  {
    sourceId: text('source_id').notNull(),
    targetId: text('target_id').notNull(),
    polarity: text('polarity').notNull(),
    statementCount: integer('statement_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sourceId, t.targetId, t.polarity] }),
    index('stances_rank_idx').on(t.statementCount.desc(), t.sourceId, t.targetId, t.polarity),
    index('stances_target_idx').on(t.targetId, t.statementCount.desc()),
  ],
)

/**
 * Every actor id an extractor or curator ever produced, and the canonical actor it stands for, with why: the
 * rule that joined it (`own`, `variant`, `surname`, `acronym`, `curated`), the article that brought it, and
 * whether a person decided it (a curated row outlives later automatic decisions). The analysis stays as
 * extracted; the stored rows (mentions, statements, stances, article_actors) carry the canonical id.
 */
export const actorIdentities = pgTable(
  'actor_identities',
  {
    actorId: text('actor_id').primaryKey(),
    canonicalId: text('canonical_id').notNull(),
    /** The name the extractor gave this id. */
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    rule: text('rule').notNull(),
    reason: text('reason').notNull(),
    articleId: text('article_id'),
    curated: boolean('curated').notNull().default(false),
    /**
     * The id this one was joined to (null for a canonical actor): the tree of merges, so that a split moves back
     * exactly what was merged under the id it splits off. `canonical_id` is the root of this tree.
     */
    parentId: text('parent_id'),
  },
  (t) => [index('actor_identities_canonical_idx').on(t.canonicalId)],
)

/** Name keys (see identity.ts) of each canonical actor: what ingest looks a new actor's keys up in. */
export const actorNameKeys = pgTable(
  'actor_name_keys',
  {
    key: text('key').notNull(),
    actorId: text('actor_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.actorId] }), index('actor_name_keys_actor_idx').on(t.actorId)],
)

/**
 * What each article said about each actor it extracted: its name, role and affiliation, one row per value and
 * article. Keyed by the extracted id, so it follows merges and splits through `actor_identities` unchanged; an
 * actor's role, affiliation and name forms are the values most of its articles state (latest breaking ties).
 */
export const actorEvidence = pgTable(
  'actor_evidence',
  {
    extractedId: text('extracted_id').notNull(),
    /** `name`, `role` or `affiliation`. */
    field: text('field').notNull(),
    value: text('value').notNull(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    datedAt: instant('dated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.extractedId, t.field, t.value, t.articleId] }),
    // One extracted id's rows of one article: the per-article decisions read a lone word's role and affiliation in
    // each of its articles (`identity-article.ts`); the key, led by field and value, scans every such row of the id.
    index('actor_evidence_article_idx').on(t.extractedId, t.articleId),
  ],
)

/**
 * Upgrades of stored rows that a migration cannot make, as they need whosaid's code (the name keys that
 * `backfill-keys.ts` gives actors stored by an older store), one row each once done: an open reads this small
 * table and runs only what it lacks, instead of scanning the actors for work at every open.
 */
export const storeUpgrades = pgTable('store_upgrades', {
  name: text('name').primaryKey(),
  doneAt: instant('done_at').notNull().defaultNow(),
})

/**
 * The dated span of each extracted id: the first and last publication date of the stored articles that extracted
 * it (articles of unknown date count for none), kept by the settle step of ingest for the time window
 * (`identity-window.ts`). Undated ids have no row.
 */
export const actorSpans = pgTable('actor_spans', {
  extractedId: text('extracted_id').primaryKey(),
  firstAt: instant('first_at').notNull(),
  lastAt: instant('last_at').notNull(),
})

/**
 * Identity per article for a lone word ("Bloggs") in a dated article: where the time window at that article's own
 * date decides otherwise than the extracted id's store-wide row in `actor_identities`, the article's rows stand
 * under `canonical_id` (`identity-article.ts`). Only such differing decisions have a row. No foreign key to
 * `articles`: the settle step writes a new article's row before the article's own transaction stores it.
 */
export const articleIdentities = pgTable(
  'article_identities',
  {
    articleId: text('article_id').notNull(),
    extractedId: text('extracted_id').notNull(),
    canonicalId: text('canonical_id').notNull(),
    rule: text('rule').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.extractedId] }),
    index('article_identities_extracted_idx').on(t.extractedId),
    index('article_identities_canonical_idx').on(t.canonicalId),
  ],
)

/**
 * The persons whose role or affiliation an article's write changed, whose lone-word articles are still to be
 * decided again (`identity-facts.ts`): written in the article's own transaction, deleted by the transaction that
 * decides them, so that a failure between the two leaves the debt on record for the next ingest of the article,
 * `sweepOrphans` or the next writer's open to settle, and for `findInconsistencies` to name meanwhile.
 */
export const factSettlesOwed = pgTable(
  'fact_settles_owed',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.actorId] })],
)
