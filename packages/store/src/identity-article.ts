// Identity per article for a lone word. A lone word's extracted id ("person:bloggs") is one id across every
// article, so the store-wide time window (`identity-dated.ts`) leaves a lone word of two decades with neither
// namesake. Where such a lone word stands on its own store-wide, each dated article of it is decided again at its
// own date: when exactly one person's window holds that date, the article's rows go to that person, recorded in
// `article_identities` (only such differing decisions have a row). The inputs of that decision, and what decides
// the articles again when one changes:
// - the lone word standing on its own (not curated, not registered): a curation or an import putting its
//   articles back under it;
// - the role and affiliation the article states of the lone word (its own evidence): fixed with the article;
// - the persons bearing the word, their names and kinds: the settle step of an article naming them, a merge or
//   split (every article of the words), an import (`registryReach`, `registry-reach.ts`);
// - their spans: the settle step, within the dates a widened span newly reaches (`reachOf`);
// - their store-wide role and affiliation: an import, and an article's write that changes them
//   (`identity-facts.ts`, within their windows);
// - the persons that are no names: the settle step of an article that makes one (every article of its words).
// So any order of the same articles, stored one after another, gives the same rows.
import { sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx } from './database.ts'
import { articleNotNames, decide, type Found, kindGroup, loneWordOf, type Resolution } from './identity.ts'
import { type ArticleMove, moveArticlesRows } from './identity-article-rows.ts'
import {
  readIdentityRows,
  storedNotNames,
  subtreeSpans,
  type Widened,
  windowWords,
} from './identity-dated.ts'
import { joinSpans, reachOf, type Span, windowAround, withinWindow } from './identity-window.ts'
import { keyedActors } from './keyed-actors.ts'
import type { IngestRows } from './rows.ts'
import { actorEvidence, articleIdentities } from './schema.ts'

/** How a per-article row's reason begins. */
export const ARTICLE_REASON = 'dated article within the window'

/** A lone word standing on its own store-wide, as the per-article decision sees it. */
export type LoneWord = Pick<Found, 'id' | 'name' | 'kind' | 'role' | 'affiliation'>

/**
 * The person a lone word of an article dated `date` names in that article alone: decided as a new lone word
 * would be (`decide`, with the role and affiliation that article states), with the bearers whose window holds the date,
 * where that differs from the lone word's store-wide row (its own: only a lone word standing on its own is
 * decided per article). Undefined when it stays as it stands store-wide. Pure.
 * @example decideInArticle(bloggs, new Date('1995-02-01'), [harold, jane], spans, new Set()) // harold's
 */
export function decideInArticle(
  lone: LoneWord,
  date: Date,
  bearers: readonly Found[],
  spans: ReadonlyMap<string, Span | undefined>,
  notNames: ReadonlySet<string>,
): Resolution | undefined {
  const day = { first: date, last: date }
  const near = bearers.filter((bearer) => withinWindow(day, spans.get(bearer.id)))
  // Compared with the row the store holds, not with the decision without dates: that one turns on how many
  // bearers the store has anywhere, so a namesake decades away could send an article to a person or back.
  const windowed = decide(lone, new Map(), near, notNames)
  return windowed.canonicalId === lone.id ? undefined : windowed
}

/**
 * Whether a lone word's actor stands on its own, so that its articles are decided one by one: a person, neither a
 * registry entry nor curated (split off or merged by hand), which are left as they stand. Pure.
 * @example standsAlone({ kind: 'person', registered: false, curated: false }) // true
 */
export function standsAlone(actor: { kind: string; registered: boolean; curated: boolean | null }): boolean {
  return kindGroup(actor.kind) === 'p' && !actor.registered && actor.curated !== true
}

/** The persons bearing some words, their spans, the lone words of them standing on their own, and no names. */
type LoneState = {
  bearers: Found[]
  spans: Map<string, Span | undefined>
  lone: LoneWord[]
  notNames: Set<string>
}

/** The persons bearing `words` and the lone words of them standing on their own: one indexed read. */
export async function readLoneWords(
  tx: Tx,
  words: readonly string[],
): Promise<Pick<LoneState, 'bearers' | 'lone'> & { keyed: Found[] }> {
  const keys = words.flatMap((word) => [`short:${word}`, `s:${word}`, `g:${word}`])
  const keyed = (
    await queryRows<Found & { registered: boolean; curated: boolean | null }>(
      tx,
      sql`select k.key, a.id, a.name, a.kind, a.role, a.affiliation, a.registered, a.curated
        from ${keyedActors}
        where k.key = ${sqlAny(keys)} order by a.id, k.key`,
    )
  ).filter((row) => kindGroup(row.kind) === 'p')
  const bearers = keyed.filter((row) => !row.key.startsWith('short:'))
  const lone = keyed
    .filter((row) => row.key.startsWith('short:') && standsAlone(row))
    // Without the actor's role and affiliation (store-wide, from all its articles): each article is decided by
    // what it states itself (`ArticleOf`), so no article decides another's and the order does not matter.
    .map(({ id, name, kind }) => ({ id, name, kind, role: null, affiliation: null }))
  return { bearers, lone, keyed }
}

/**
 * The bearers' spans (of their full names) and those that are no names: two reads, more for given words, and
 * one more for what a new article, not yet stored, says of them (`articleNotNames`).
 */
export async function readBearers(
  tx: Tx,
  keyed: readonly Found[],
  article: IngestRows | undefined,
): Promise<Pick<LoneState, 'spans' | 'notNames'>> {
  const bearers = keyed.filter((row) => !row.key.startsWith('short:'))
  const identities = await readIdentityRows(tx, bearers)
  const spans = subtreeSpans(identities.filter((row) => loneWordOf(row.name) === undefined))
  const notNames = await storedNotNames(tx, bearers)
  if (article) for (const id of await articleNotNames(tx, article, keyed)) notNames.add(id)
  return { spans, notNames }
}

/** What the per-article decisions read of a new article: its id, date and actors. */
type NewArticle = {
  article: Pick<IngestRows['article'], 'id' | 'publishedAt'>
  actors: readonly { id: string; name: string; kind: string }[]
}

/** Which dated articles of a word's lone words to decide again: all of them, or those in some date ranges. */
export type Reach = 'all' | Span[]

/**
 * The reach of an article's ingest for each of `words`: all articles where `all` holds (a merge or split, a person
 * made no name) or where a person of the article bearing the word is first dated, or new and joined to a stored
 * one; the dates within the window of its date for a person new to the store standing alone (its actor did not stand
 * before: no stored article's window can have changed elsewhere);
 * else the dates at which the widened spans of its persons newly hold a lone word's article.
 */
function reachOfArticle(
  extracted: NewArticle,
  words: readonly string[],
  widened: readonly Widened[],
  isNew: ReadonlyMap<string, boolean>,
  all: ReadonlySet<string>,
): Map<string, Reach> {
  const date = extracted.article.publishedAt ? new Date(extracted.article.publishedAt) : undefined
  const before = new Map(widened.map(({ id, before }) => [id, before]))
  const out = new Map<string, Reach>(words.map((word) => [word, all.has(word) ? 'all' : []]))
  for (const actor of extracted.actors) {
    if (kindGroup(actor.kind) !== 'p' || loneWordOf(actor.name) !== undefined) continue
    for (const word of windowWords({ actors: [actor] })) {
      const reach = out.get(word)
      if (reach === undefined || reach === 'all') continue
      const was = before.get(actor.id)
      const alone = isNew.get(actor.id)
      if (alone === true && date !== undefined) reach.push(windowAround(date))
      else if (alone !== undefined || (before.has(actor.id) && was === undefined)) out.set(word, 'all')
      else if (was !== undefined && date !== undefined)
        reach.push(...reachOf(was, joinSpans(was, { first: date, last: date }) ?? was))
    }
  }
  return out
}

/** A dated article of a lone word, with the role and affiliation it states of it and its per-article row. */
type ArticleOf = {
  articleId: string
  id: string
  date: Date
  role: string | null
  affiliation: string | null
  canonical: string | null
}

/** The lone word as one article states it: its role and affiliation there, none when it states none. */
function asStated(lone: LoneWord, at: Pick<ArticleOf, 'role' | 'affiliation'>): LoneWord {
  return { ...lone, role: at.role, affiliation: at.affiliation }
}

/** The role and affiliation a new article (not stored yet) states of its actor `id`. */
function statedIn(article: IngestRows, id: string): Pick<ArticleOf, 'role' | 'affiliation'> {
  const actor = article.actors.find((row) => row.id === id)
  return { role: actor?.role || null, affiliation: actor?.affiliation || null }
}

/** A lone word asked of `readArticlesOf`: its extracted id and the date ranges of its reach (null: all). */
export type AskedWord = { id: string; ranges: Date[][] | null }

/**
 * The statement `readArticlesOf` runs: each stored dated article of the asked words within their ranges, the role
 * and affiliation it states of the word, and its per-article row. Exported for `migrate.test.ts`'s EXPLAIN.
 */
export function articlesOfStatement(asked: readonly AskedWord[]) {
  // An actor of an analysis states one role and one affiliation at most (the smallest, should a row repeat). Read
  // per article through actor_evidence_article_idx (migration 0013), a lateral probe the planner cannot hash: a
  // join let it read every role and affiliation row of the word once (it cannot estimate the jsonb ranges), work
  // that grows with the word's articles store-wide rather than with the articles in reach.
  return sql`select d.article_id as "articleId", d.extracted_id as id, d.published_at as date, f.role,
        f.affiliation, x.canonical_id as canonical
      from (select distinct e.article_id, e.extracted_id, a.published_at
        from jsonb_to_recordset(${JSON.stringify(asked)}::jsonb) as q(id text, ranges jsonb)
        join ${actorEvidence} e on e.extracted_id = q.id and e.field = 'name'
        join articles a on a.id = e.article_id and a.published_at is not null
        where q.ranges is null or exists (select 1 from jsonb_array_elements(q.ranges) r
          where a.published_at between (r->>0)::timestamptz and (r->>1)::timestamptz)) d
      cross join lateral (select min(f.value) filter (where f.field = 'role') as role,
          min(f.value) filter (where f.field = 'affiliation') as affiliation
        from ${actorEvidence} f where f.extracted_id = d.extracted_id and f.article_id = d.article_id
          and f.field in ('role', 'affiliation')) f
      left join ${articleIdentities} x on x.article_id = d.article_id and x.extracted_id = d.extracted_id
      order by d.article_id, d.extracted_id`
}

/** The stored dated articles of the lone words within their word's reach, with their per-article rows. */
async function readArticlesOf(
  tx: Tx,
  lone: readonly LoneWord[],
  reach: ReadonlyMap<string, Reach>,
): Promise<ArticleOf[]> {
  const asked = lone.flatMap(({ id, name }) => {
    const found = reach.get(loneWordOf(name) ?? '')
    if (found === undefined || (found !== 'all' && found.length === 0)) return []
    const ranges = found === 'all' ? null : found.map(({ first, last }) => [first, last])
    return [{ id, ranges }]
  })
  if (asked.length === 0) return []
  // An article being written under these lone words (its identity rows held shared) is stored first, and seen.
  await tx.execute(sql`select 1 from actor_identities where actor_id = ${sqlAny(asked.map(({ id }) => id))}
    order by actor_id for update`)
  const rows = await queryRows<{
    articleId: string
    id: string
    date: Date | string
    role: string | null
    affiliation: string | null
    canonical: string | null
  }>(tx, articlesOfStatement(asked))
  return rows.map((row) => ({ ...row, date: new Date(row.date) }))
}

/** Sets one article's per-article row of `id` (none: it follows the store-wide row `wide`); answers the move. */
async function setArticleIdentity(
  tx: Tx,
  at: ArticleOf,
  wide: string,
  into: Resolution | undefined,
): Promise<ArticleMove | undefined> {
  const from = at.canonical ?? wide
  const target = into?.canonicalId ?? wide
  if (from === target) return undefined
  if (into === undefined)
    await tx.execute(sql`delete from ${articleIdentities}
      where article_id = ${at.articleId} and extracted_id = ${at.id}`)
  else
    await tx.execute(sql`insert into ${articleIdentities} (article_id, extracted_id, canonical_id, rule, reason)
      values (${at.articleId}, ${at.id}, ${target}, ${into.rule}, ${`${ARTICLE_REASON}: ${into.reason}`})
      on conflict (article_id, extracted_id) do update set canonical_id = excluded.canonical_id,
        rule = excluded.rule, reason = excluded.reason`)
  return { articleId: at.articleId, id: at.id, from, into: target }
}

/**
 * Decides again, at each article's own date, the lone words of `words` in the articles an ingest can have changed
 * the decision of (`reachOfArticle`), the new article's among them, and records and applies the moves. Answers
 * them (for `forgetIdentities`); `needExclusive` is called before the first, as moves change what shared keys name.
 */
export async function settleArticleIdentities(
  tx: Tx,
  extracted: NewArticle,
  words: readonly string[],
  how: {
    widened: readonly Widened[]
    /** The article's ids no stored article extracted: true for one standing alone (its own canonical actor). */
    isNew: ReadonlyMap<string, boolean>
    all: ReadonlySet<string>
    /** The new article, to decide its own lone words by what it says (not when undoing its ingest). */
    rows?: IngestRows | undefined
    /** The reach of each word, given by the caller (a registry import) instead of the article's. */
    reach?: ReadonlyMap<string, Reach> | undefined
    /** Counts the stored articles read to be decided again. */
    work?: DecideWork | undefined
  },
  needExclusive: () => void,
): Promise<ArticleMove[]> {
  if (words.length === 0) return []
  const { bearers, lone: loneWords, keyed } = await readLoneWords(tx, words)
  if (loneWords.length === 0 || bearers.length === 0) return []
  const reach = how.reach ?? reachOfArticle(extracted, words, how.widened, how.isNew, how.all)
  const published = extracted.article.publishedAt
  const here = new Set(published && how.rows ? extracted.actors.map((actor) => actor.id) : [])
  // Nothing to decide again (the usual ingest): no further reads.
  const idle = loneWords.every(({ id, name }) => {
    const found = reach.get(loneWordOf(name) ?? '')
    return !here.has(id) && (found === undefined || (found !== 'all' && found.length === 0))
  })
  if (idle) return []
  const state = { bearers, lone: loneWords, ...(await readBearers(tx, keyed, how.rows)) }
  const articles = (await readArticlesOf(tx, state.lone, reach)).filter(
    // A stored copy of the new article (a retry) is decided below, as the new one.
    (at) => at.articleId !== extracted.article.id,
  )
  if (how.work) how.work.articles += articles.length
  // The new article is not stored yet: its lone words are decided here, with the rows it may have (a retry).
  if (published && here.size > 0) {
    const rows = await queryRows<{ id: string; canonical: string }>(
      tx,
      sql`select extracted_id as id, canonical_id as canonical from ${articleIdentities}
        where article_id = ${extracted.article.id}`,
    )
    const stored = new Map(rows.map(({ id, canonical }) => [id, canonical]))
    for (const { id } of state.lone)
      if (here.has(id))
        articles.push({
          articleId: extracted.article.id,
          id,
          date: new Date(published),
          ...(how.rows ? statedIn(how.rows, id) : { role: null, affiliation: null }),
          canonical: stored.get(id) ?? null,
        })
  }
  const byId = new Map(state.lone.map((lone) => [lone.id, lone]))
  const moves: ArticleMove[] = []
  for (const at of articles) {
    const lone = byId.get(at.id)
    if (!lone) continue
    const into = decideInArticle(asStated(lone, at), at.date, state.bearers, state.spans, state.notNames)
    if ((into?.canonicalId ?? lone.id) === (at.canonical ?? lone.id)) continue
    needExclusive()
    const move = await setArticleIdentity(tx, at, lone.id, into)
    if (move) moves.push(move)
  }
  await moveArticlesRows(tx, moves)
  return moves
}

/**
 * Whether a new article's per-article rows (as its settle committed them) still hold: its lone words decided again
 * at its date against the persons stored now. An ingest that settled after this article's settle did not see it
 * (it is not stored until its write), so a namesake it brought in may have changed the answer; the caller, holding
 * the article's identity rows shared, retries the ingest when not. Reads only when the article has a lone word.
 */
export async function articleRowsHold(tx: Tx, extracted: IngestRows): Promise<boolean> {
  const published = extracted.article.publishedAt
  const words = [
    ...new Set(
      extracted.actors.flatMap(({ name, kind }) => {
        const word = kindGroup(kind) === 'p' ? loneWordOf(name) : undefined
        return word === undefined ? [] : [word]
      }),
    ),
  ].sort()
  if (!published || words.length === 0) return true
  const here = new Set(extracted.actors.map(({ id }) => id))
  const { bearers, lone, keyed } = await readLoneWords(tx, words)
  const ours = lone.filter(({ id }) => here.has(id))
  const rows = await queryRows<{ id: string; canonical: string }>(
    tx,
    sql`select extracted_id as id, canonical_id as canonical from ${articleIdentities}
      where article_id = ${extracted.article.id}`,
  )
  const stored = new Map(rows.map(({ id, canonical }) => [id, canonical]))
  const state = ours.length > 0 && bearers.length > 0 ? await readBearers(tx, keyed, extracted) : undefined
  const date = new Date(published)
  for (const word of ours) {
    const stated = asStated(word, statedIn(extracted, word.id))
    const into = state && decideInArticle(stated, date, bearers, state.spans, state.notNames)
    if ((into?.canonicalId ?? word.id) !== (stored.get(word.id) ?? word.id)) return false
  }
  return true
}

/**
 * The work of deciding articles again: how many stored articles were read to be decided, and (for a registry
 * import) how many bearers of its words were read.
 */
export type DecideWork = { articles: number; bearers?: number }

/**
 * Decides again the dated articles of the lone words of `words` (after a curation, or an ingest's undo, changed
 * the persons bearing them): every one, or those within each word's `reach` where the caller knows it. Applies the
 * moves.
 */
export async function decideWordsAgain(
  tx: Tx,
  words: readonly string[],
  options: { reach?: ReadonlyMap<string, Reach>; work?: DecideWork } = {},
): Promise<ArticleMove[]> {
  const how = {
    widened: [],
    isNew: new Map<string, boolean>(),
    all: new Set(words),
    reach: options.reach,
    work: options.work,
  }
  return settleArticleIdentities(
    tx,
    { article: { id: '', publishedAt: null }, actors: [] },
    words,
    how,
    () => {},
  )
}
