// One real-world actor, one stored actor: the name keys that match a new article's actors to stored ones, and
// the resolution ingest runs in its transaction (a few indexed lookups per article, never a pass over the store).

import { hashText } from '@whosaid/core/io'
import { eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Store, sqlAny, type Tx } from './database.ts'
import { refreshFacts } from './evidence.ts'
import { clearArticleIdentities } from './identity-article-rows.ts'
import { readNotNames, type SurnameBearer, textWordsSteps, writesLowerIn } from './identity-names.ts'
import { stringifyInSlices } from './json-slices.ts'
import { type KeyLock, lockKeys } from './key-locks.ts'
import { keyedActors } from './keyed-actors.ts'
import { actorRecord, type IngestRows } from './rows.ts'
import {
  actorIdentities,
  actorNameKeys,
  actors,
  articleActors,
  articleIdentities,
  mentions,
  stances,
  statements,
} from './schema.ts'
import { refreshViews, type StatementKey } from './statement-views.ts'
import {
  eachInSteps,
  ITEMS_PER_STEP,
  mapInSteps,
  runSteps,
  type StepRunner,
  type Steps,
  stepRunner,
} from './steps.ts'

/** Words that stand before a name and are not part of it. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'prime',
  'minister',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'general',
  'gen',
  'chancellor',
  'king',
  'queen',
  'prince',
  'pope',
])

/** Small words an acronym leaves out. */
const LINKS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du'])

/** Lower-case words of a name without accents and punctuation ("Donald J. Trump" → donald, j, trump). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** Words after a surname that tell a father from his son ("Donald Trump Jr", "George Bush Sr"). */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/**
 * The words of a person's name without titles and a generation ("Mr Donald Trump Jr" → donald, trump, and "jr"),
 * and whether a title opened it.
 */
function nameParts(name: string): { words: string[]; generation: string; titled: boolean } {
  const words = nameWords(name)
  let start = 0
  while (start < words.length - 1 && TITLES.has(words[start] as string)) start++
  let end = words.length
  const last = words[end - 1]
  if (end - start >= 2 && last !== undefined && GENERATIONS.has(last)) end--
  return {
    words: words.slice(start, end),
    generation: end < words.length ? (last as string) : '',
    titled: start > 0,
  }
}

/** The words of a person's name without titles, initials and generation ("Mr Donald J. Trump" → donald, trump). */
function personWords(name: string): string[] {
  return nameParts(name).words.filter((word, i, all) => word.length > 1 || i === 0 || i === all.length - 1)
}

/**
 * Whether two full names of people that share first name and surname still name two people: their middle names
 * or initials differ when both give them ("George W. Bush", "George H. W. Bush"), or one is a son ("Jr") and the
 * other not. "Donald J. Trump" and "Donald John Trump" agree; a name without a middle agrees with any.
 * @example namesTwoPeople('George W. Bush', 'George H.W. Bush') // true
 */
export function namesTwoPeople(a: string, b: string): boolean {
  const pa = nameParts(a)
  const pb = nameParts(b)
  if (pa.generation !== pb.generation) return true
  const middle = (words: string[]) =>
    words
      .slice(1, -1)
      .map((word) => word[0])
      .join('')
  const ma = middle(pa.words)
  const mb = middle(pb.words)
  return ma !== '' && mb !== '' && ma !== mb
}

/** Kinds that may name the same thing: a person only as a person; the others among themselves. */
export function kindGroup(kind: string): 'p' | 'o' {
  return kind === 'person' ? 'p' : 'o'
}

/**
 * The keys an actor is known by. A person with a full name has `p:first last` (its variants share it), `s:last`
 * and `g:first` (what a lone word looks up, as a surname or a given name; not an initial); a lone word has
 * `short:word`. Others have `o:words` and, from a name of several words or one upper-case word, `a:acronym`
 * ("United Nations" and "UN" both `a:un`). One word with a generation ("Trump Jr.", "Donald Jr.") has
 * `short:trump` and `p:trump jr`: a lone surname that only a son of that generation fits (see `namesTwoPeople`),
 * or a given name.
 * @example nameKeys('Donald J. Trump', 'person') // ['p:donald trump', 's:trump', 'g:donald']
 */
export function nameKeys(name: string, kind: string): string[] {
  const known = KNOWN_KEYS[kindGroup(kind)]
  let keys = known.get(name)
  if (keys === undefined) {
    keys = unboundedNameKeys(name, kind).map(boundedKey)
    if (known.size >= MOST_KNOWN_KEYS) known.clear()
    known.set(name, keys)
  }
  return keys.slice()
}

/**
 * The keys of names asked about before, by kind group (the keys depend on the name and the group alone): the
 * identity steps of one article ask for the keys of each of its names many times, and each answer normalizes,
 * lowers and splits the name again (a 2 MB text's made 150 MB of garbage on the server's thread while it was
 * stored). Emptied when full, so that it holds at most a few megabytes.
 */
const KNOWN_KEYS = { p: new Map<string, readonly string[]>(), o: new Map<string, readonly string[]>() }

/** Names whose keys one group of KNOWN_KEYS holds at most. */
const MOST_KNOWN_KEYS = 20_000

/** Longest text after a key's prefix kept as it is, in UTF-16 units: at most 900 bytes, well inside a btree row. */
const KEY_TEXT_LIMIT = 300

/**
 * A key whose text after its prefix is at most KEY_TEXT_LIMIT units: a longer one (a name of hundreds of letters, or
 * one whose NFKD form expands) keeps its start and ends in a hash of the whole text. The prefix stays out of the hash,
 * so a lone word's `s:` and `g:` forms stay one text apart, as `lookupKeys` expects.
 * @example boundedKey('n:tom reed') // 'n:tom reed'
 */
export function boundedKey(key: string): string {
  const colon = key.indexOf(':') + 1
  const text = key.slice(colon)
  if (text.length <= KEY_TEXT_LIMIT) return key
  const hash = hashText(text)
  return `${key.slice(0, colon)}${text.slice(0, KEY_TEXT_LIMIT - hash.length - 1)}~${hash}`
}

/** The keys of `nameKeys`, before `boundedKey`. */
function unboundedNameKeys(name: string, kind: string): string[] {
  if (kindGroup(kind) === 'p') {
    const words = personWords(name)
    if (words.length === 0) return []
    // One word with a generation: "Mr Jones Jr" is a surname; "Jones Jr." a surname ("Trump Jr.") or a given
    // name ("Donald Jr."), so it is looked up as both. As a surname it joins only a son of that generation.
    const { generation, titled } = nameParts(name)
    if (words.length === 1 && generation !== '' && !titled)
      return [`short:${words[0]}`, `p:${words[0]} ${generation}`]
    if (words.length === 1) return [`short:${words[0]}`]
    const first = words[0] as string
    const keys = [`p:${first} ${words.at(-1)}`, `s:${words.at(-1)}`]
    if (first.length > 1) keys.push(`g:${first}`)
    return keys
  }
  const words = nameWords(name)
  if (words.length === 0) return []
  const keys = [`o:${words.join(' ')}`]
  const letters = name.replace(/[.\s]/g, '')
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(letters)) keys.push(`a:${letters.toLowerCase()}`)
  const initials = words.filter((word) => !LINKS.has(word))
  if (initials.length >= 2) keys.push(`a:${initials.map((word) => word[0]).join('')}`)
  return keys
}

/** How fully a name names: more words, then longer, rank first. */
export function fullness(name: string): number {
  return personWords(name).length * 1000 + name.length
}

/**
 * Whether actor `a` rather than `b` should be the canonical one of two that are the same: the name of more
 * words, then the smaller id. Depends on nothing but the two, so any ingest order ends with the same id.
 */
export function preferred(a: { id: string; name: string }, b: { id: string; name: string }): boolean {
  const wa = personWords(a.name).length
  const wb = personWords(b.name).length
  return wa !== wb ? wa > wb : a.id < b.id
}

/** The actor an extracted id joined, and why. */
export type Resolution = { canonicalId: string; rule: string; reason: string; adopt?: string }

/** One actor of a new article, as resolution sees it. */
type Candidate = { id: string; name: string; kind: string; role: string | null; affiliation: string | null }

/** A stored canonical actor that one of the keys found. */
export type Found = {
  key: string
  id: string
  name: string
  kind: string
  role: string | null
  affiliation: string | null
  /** From the registry of known actors: it stays canonical. */
  registered?: boolean
}

/** `found` by key and by id, built once per list (a large article looks thousands of candidates up in it). */
const FOUND_INDEX = new WeakMap<readonly Found[], { byKey: Map<string, Found[]>; byId: Map<string, Found> }>()

/** The index of `found`: each key's rows in their order in `found`, and each id's first row. */
function indexOf(found: readonly Found[]) {
  let index = FOUND_INDEX.get(found)
  if (index) return index
  index = { byKey: new Map(), byId: new Map() }
  for (const row of found) {
    const rows = index.byKey.get(row.key)
    if (rows) rows.push(row)
    else index.byKey.set(row.key, [row])
    if (!index.byId.has(row.id)) index.byId.set(row.id, row)
  }
  FOUND_INDEX.set(found, index)
  return index
}

/** The rows of `found` under `key`, in their order there. */
function foundUnder(found: readonly Found[], key: string): readonly Found[] {
  return indexOf(found).byKey.get(key) ?? []
}

/**
 * The exact key of a name: its words, as the registry of known actors records each name and alias of an actor
 * ("Xi" → `n:xi`), so that any mention written so resolves to it.
 * @example exactKey('Sergey Lavrov') // 'n:sergey lavrov'
 */
export function exactKey(name: string): string {
  return boundedKey(`n:${nameWords(name).join(' ')}`)
}

/**
 * Whether a name is written as an acronym: two to six capitals, with or without dots ("UN", "N.Y.", "S.E.C.").
 * @example isAcronym('N.Y.') // true
 */
export function isAcronym(name: string): boolean {
  if (name.length > 20) return false
  return /^\p{Lu}{2,6}$/u.test(name.replace(/[.\s]/g, ''))
}

/**
 * Whether two names that share an `a:` key may name one body: one of them is an acronym ("UN" and "United
 * Nations", "U.N." and "UN"). Two names of words that merely share their initials ("Care International", "Cayman
 * Islands", "Rodney Parade" and "Republican Party") do not.
 */
function acronymOf(a: string, b: string): boolean {
  return isAcronym(a) || isAcronym(b)
}

/** Whether two roles or affiliations contradict: both known and different. */
function contradicts(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() !== b.toLowerCase()
}

/** Whether `row`, found under a lone word's `s:` key, bears that word as a surname while it is no name. */
function noNameUnder(row: Found, notNames: ReadonlySet<string>): boolean {
  return row.key.startsWith('s:') && notNames.has(row.id)
}

/**
 * Decides, for each actor of a new article, which stored actor it is (pure; `found` is what its keys found).
 * An id already decided keeps its decision; a full-name variant joins the one actor with its `p:`/`o:` key; a
 * lone surname joins the one full-name person with that surname whose role and affiliation do not contradict;
 * an acronym joins the one actor with its `a:` key, never two names of words that share their initials. Anything
 * ambiguous or unmatched stays its own. `notNames` bear their surname as no name does ("Crooked Hillary",
 * `identity-names.ts`): a lone word does not count them.
 */
export function decide(
  candidate: Candidate,
  known: ReadonlyMap<string, string>,
  found: readonly Found[],
  notNames: ReadonlySet<string> = new Set(),
): Resolution {
  const decided = known.get(candidate.id)
  if (decided) return { canonicalId: decided, rule: 'known', reason: 'id already resolved' }
  const group = kindGroup(candidate.kind)
  const exact = exactKey(candidate.name)
  const registered = [
    ...new Set(
      foundUnder(found, exact)
        .filter((row) => kindGroup(row.kind) === group)
        .map((row) => row.id),
    ),
  ]
  if (registered.length === 1 && registered[0] !== candidate.id) {
    return {
      canonicalId: registered[0] as string,
      rule: 'registry',
      reason: `${exact} names a registered actor`,
    }
  }
  const fits = (key: string) => {
    const ids = new Set(
      foundUnder(found, key)
        .filter((row) => kindGroup(row.kind) === group && !noNameUnder(row, notNames))
        .filter((row) => !key.startsWith('a:') || acronymOf(row.name, candidate.name))
        .filter(
          (row) =>
            !contradicts(row.role, candidate.role) &&
            !contradicts(row.affiliation, candidate.affiliation) &&
            !(group === 'p' && namesTwoPeople(row.name, candidate.name)),
        )
        .map((row) => row.id),
    )
    return [...ids]
  }
  for (const key of nameKeys(candidate.name, candidate.kind)) {
    const [kind] = key.split(':')
    if (kind === 's' || kind === 'g') continue
    // A lone word is a surname or a given name: it joins when one stored person fits either way.
    const word = key.slice(6)
    const asSurname = kind === 'short' ? fits(`s:${word}`) : fits(key)
    const asGiven = kind === 'short' ? fits(`g:${word}`) : []
    const ids = [...new Set([...asSurname, ...asGiven])]
    const stored = ids.length === 1 ? indexOf(found).byId.get(ids[0] as string) : undefined
    if (stored && stored.id !== candidate.id) {
      const bySurname = asSurname.length > 0
      const lookup = kind !== 'short' ? key : bySurname ? `s:${word}` : `g:${word}`
      const rule =
        kind === 'short' ? (bySurname ? 'surname' : 'given-name') : kind === 'a' ? 'acronym' : 'variant'
      const reason = `${lookup} names one stored actor`
      // The stored one joins this one when this one is the better canonical (never for a lone surname).
      if (kind !== 'short' && !stored.registered && preferred(candidate, stored))
        return { canonicalId: candidate.id, rule: 'own', reason, adopt: stored.id }
      return { canonicalId: stored.id, rule, reason }
    }
  }
  return { canonicalId: candidate.id, rule: 'own', reason: 'no single stored actor fits' }
}

/** The prefixes of the keys a person's lone word is known by: a lone word, a surname, a given name. */
const WORD_KEYS = ['short:', 's:', 'g:'] as const

/**
 * Every key an article's actors may be looked up by: a lone word also looks up full names' `s:` and `g:`, and a
 * full name the lone words and the other people its surname or given name could be.
 */
export function lookupKeys(candidates: readonly { name: string; kind: string }[]): string[] {
  const keys = new Set<string>()
  for (const { name, kind } of candidates) {
    keys.add(exactKey(name))
    for (const key of nameKeys(name, kind)) {
      keys.add(key)
      const prefix = WORD_KEYS.find((one) => key.startsWith(one))
      if (prefix) for (const other of WORD_KEYS) keys.add(`${other}${key.slice(prefix.length)}`)
    }
  }
  return [...keys].sort()
}

/**
 * Thrown inside an ingest transaction that holds some name keys in shared mode (those of actors it already
 * knows) when resolution finds it must change what those keys name (take in or split off an actor): the
 * transaction is rolled back and tried again holding every key exclusively.
 */
export class ExclusiveKeysNeeded extends Error {
  override readonly name = 'ExclusiveKeysNeeded'
}

export type { KeyLock } from './key-locks.ts'

/**
 * The keys to lock for an article's actors: exclusively those of an id never seen (its resolution reads and
 * writes them), shared those of an id already decided (its resolution only reads them), or all exclusively.
 * Exact keys (`n:`, the registry's) too: a curation of a registered actor holds them, so that an ingest
 * resolving an alias to it does not race its merge into another. Pure.
 * @example keyLocks([{ id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', role: null, affiliation: null }], new Set(), false)
 */
export function keyLocks(
  candidates: readonly Candidate[],
  known: ReadonlySet<string>,
  exclusive: boolean,
): KeyLock[] {
  return runSteps(keyLocksSteps(candidates, known, exclusive))
}

/**
 * `keyLocks` in steps (`steps.ts`): a long article's thousands of actors have tens of thousands of keys. Their
 * keys in lock order are also `lookupKeys(candidates)`, the keys resolution reads.
 */
function* keyLocksSteps(
  candidates: readonly Candidate[],
  known: ReadonlySet<string>,
  exclusive: boolean,
): Steps<KeyLock[]> {
  const shared = new Map<string, boolean>()
  yield* eachInSteps(candidates, (candidate) => {
    const isShared = !exclusive && known.has(candidate.id)
    for (const key of lookupKeys([candidate])) {
      shared.set(key, (shared.get(key) ?? true) && isShared)
    }
  })
  const keys = [...shared.keys()].sort()
  yield
  return yield* mapInSteps(keys, (key) => ({ key, shared: shared.get(key) as boolean }))
}

/**
 * Locks the name keys of these names until the transaction ends: shared to write rows under the actors they
 * resolve to (an article's own transaction: articles do not wait for each other), exclusive to change what
 * they name (a merge or a split, which then waits for the articles writing under them, and they for it).
 */
export async function lockNames(
  tx: Tx,
  names: readonly { name: string; kind: string }[],
  mode: 'shared' | 'exclusive',
): Promise<void> {
  await lockKeys(
    tx,
    lookupKeys(names).map((key) => ({ key, shared: mode === 'shared' })),
  )
}

/** The canonical id of an actor id inside a transaction (itself when never seen). */
async function canonicalIn(tx: Tx, id: string): Promise<string> {
  const [row] = await tx
    .select({ canonical: actorIdentities.canonicalId })
    .from(actorIdentities)
    .where(eq(actorIdentities.actorId, id))
  return row?.canonical ?? id
}

/**
 * Locks, exclusively and until the transaction ends, the name keys of every name the given ids and everything
 * resolved to their canonical actors go by, and the keys stored for those actors (a registered actor's aliases,
 * `n:`): the keys an ingest takes for those names (shared while it writes an article, exclusive while it settles
 * new ones), so that a curation waits for the ingests writing under these actors and they for it. Answers the
 * canonical ids read under the locks, which no ingest can change any more.
 */
export async function lockActorsOf(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const locked = new Set<string>()
  for (;;) {
    const canonical = await Promise.all(ids.map((id) => canonicalIn(tx, id)))
    const rows = await queryRows<{ name: string | null; kind: string | null; key: string | null }>(
      tx,
      sql`select name, kind, null as key from ${actorIdentities} where canonical_id = ${sqlAny(canonical)}
        union select name, kind, null from ${actors} where id = ${sqlAny([...ids, ...canonical])}
        union select null, null, key from ${actorNameKeys} where actor_id = ${sqlAny(canonical)}`,
    )
    const keys = new Set<string>()
    for (const { name, kind, key } of rows) {
      if (key !== null) keys.add(key)
      else if (name !== null && kind !== null) for (const one of lookupKeys([{ name, kind }])) keys.add(one)
    }
    // Names and keys that joined these actors since the last read are locked too, until a read finds none new.
    const fresh = [...keys].filter((key) => !locked.has(key)).sort()
    if (fresh.length === 0) return canonical
    await lockKeys(
      tx,
      fresh.map((key) => ({ key, shared: false })),
    )
    for (const key of fresh) locked.add(key)
  }
}

/** The canonical ids of the given extracted ids that are decided already. */
async function decidedIds(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const known = new Map<string, string>()
  if (ids.length === 0) return known
  const rowsKnown = await tx
    .select({ id: actorIdentities.actorId, canonical: actorIdentities.canonicalId })
    .from(actorIdentities)
    .where(sql`${actorIdentities.actorId} = ${sqlAny(ids)}`)
  for (const { id, canonical } of rowsKnown) known.set(id, canonical)
  return known
}

/** What resolution read under its locks: the decided ids and the stored actors the keys name. */
async function readResolution(
  tx: Tx,
  ids: readonly string[],
  keys: readonly string[],
  run: StepRunner,
): Promise<{ known: Map<string, string>; found: Found[] }> {
  const list = sqlAny
  // One round trip for both: the decided ids first (row kind 'i'), then what each key names ('k').
  const rowsRead = await queryRows<{
    t: string
    key: string
    id: string
    name: string | null
    kind: string | null
    role: string | null
    affiliation: string | null
    registered: boolean | null
  }>(
    tx,
    sql`select 'i' as t, actor_id as key, canonical_id as id, null as name, null as kind, null as role,
          null as affiliation, null::boolean as registered
        from ${actorIdentities} where actor_id = ${list(ids)}
        union all
        select 'k', k.key, a.id, a.name, a.kind, a.role, a.affiliation, a.registered
        from ${keyedActors}
        where k.key = ${list(keys)}`,
  )
  const known = new Map<string, string>()
  const found: Found[] = []
  await run(
    eachInSteps(rowsRead, (row) => {
      if (row.t === 'i') known.set(row.key, row.id)
      else
        found.push({
          key: row.key,
          id: row.id,
          name: row.name ?? '',
          kind: row.kind ?? '',
          role: row.role,
          affiliation: row.affiliation,
          registered: row.registered ?? false,
        })
    }),
  )
  return { known, found }
}

/**
 * Writes new identities, the name keys and the rows of new canonical actors (with no articles yet: the article's
 * own transaction counts them) in one statement; rows already there are left alone.
 */
async function insertIdentities(
  tx: Tx,
  identityRows: readonly (typeof actorIdentities.$inferInsert)[],
  keyRows: readonly (typeof actorNameKeys.$inferInsert)[],
  actorRows: readonly (typeof actors.$inferInsert)[],
): Promise<void> {
  // Written a slice at a time (`stringifyInSlices`): a long article's thousands of actors take a while.
  const identities = await stringifyInSlices(
    identityRows.map((row) => ({
      actor_id: row.actorId,
      canonical_id: row.canonicalId,
      name: row.name,
      kind: row.kind,
      rule: row.rule,
      reason: row.reason,
      article_id: row.articleId ?? null,
      parent_id: row.parentId ?? null,
    })),
  )
  const keys = await stringifyInSlices(keyRows.map((row) => ({ key: row.key, actor_id: row.actorId })))
  const canonicalActors = await stringifyInSlices(actorRows.map(actorRecord))
  await tx.execute(sql`with new_actors as (
      insert into ${actors} (id, name, kind, role, affiliation, aliases, search_text)
      select r.id, r.name, r.kind, r.role, r.affiliation, array(select jsonb_array_elements_text(r.aliases)),
        r.search_text
      from jsonb_to_recordset(${canonicalActors}::jsonb) as r(id text, name text, kind text, role text,
        affiliation text, aliases jsonb, search_text text)
      order by r.id
      on conflict do nothing),
    new_identities as (
      insert into ${actorIdentities} (actor_id, canonical_id, name, kind, rule, reason, article_id, parent_id)
      select * from jsonb_to_recordset(${identities}::jsonb) as r(actor_id text, canonical_id text, name text,
        kind text, rule text, reason text, article_id text, parent_id text)
      on conflict do nothing)
    insert into ${actorNameKeys} (key, actor_id)
    select * from jsonb_to_recordset(${keys}::jsonb) as k(key text, actor_id text)
    on conflict do nothing`)
}

/** Actors past which `resolveActors` decides them in steps, with the event loop run between (`steps.ts`). */
const MANY_ACTORS = 4 * ITEMS_PER_STEP

/**
 * Resolves a new article's actors to stored ones inside the ingest transaction: the canonical id of each (the
 * article's own transaction rewrites its rows to them, `rewriteRowsSteps`). Locks each key (a transaction
 * advisory lock, in lock-number order) so that two concurrent ingests naming the same new person make one actor;
 * the keys of ids already decided are locked in shared mode, so that articles naming only known actors do not
 * wait for each other here (with `exclusive`, every key is locked exclusively: see `ExclusiveKeysNeeded`).
 * Records every extracted id in `actor_identities` and the keys of new canonical actors in `actor_name_keys`; a
 * new full-name person takes in stored lone-word actors that now have exactly one full name to join (by surname
 * or given name); `shared` are the stored persons whose lone words it makes ambiguous, with the word.
 * `sharedByKnown` are the persons of `shared` that only actors decided
 * before (locked shared) found.
 */
export async function resolveActors(
  tx: Tx,
  rows: IngestRows,
  options: { exclusive?: boolean } = {},
): Promise<{
  canonical: Map<string, string>
  adopt: Adoption[]
  shared: SharedName[]
  sharedByKnown: Set<string>
}> {
  const candidates = candidatesOf(rows)
  const exclusive = options.exclusive ?? false
  const ids = candidates.map((candidate) => candidate.id)
  // Thousands of actors take a second of the caller's thread at each step below: the event loop runs between
  // slices of them.
  const run = stepRunner(candidates.length > MANY_ACTORS)
  // An id once decided stays decided, so this read before the locks tells which keys a shared lock will do.
  const decidedBefore = exclusive ? new Map<string, string>() : await decidedIds(tx, ids)
  const locks = await run(keyLocksSteps(candidates, new Set(decidedBefore.keys()), exclusive))
  await lockKeys(tx, locks)
  // The locked keys, in their order, are the candidates' `lookupKeys`.
  const { known, found } = await readResolution(
    tx,
    ids,
    locks.map(({ key }) => key),
    run,
  )
  const notNames = await readNotNames(
    tx,
    await run(surnameBearersSteps(candidates, found, rows)),
    await run(givenWordsSteps(candidates)),
  )
  const lockedShared = (candidate: Candidate) => !exclusive && decidedBefore.has(candidate.id)
  const canonical = new Map<string, string>()
  const identityRows: (typeof actorIdentities.$inferInsert)[] = []
  const keyRows: (typeof actorNameKeys.$inferInsert)[] = []
  const actorRows: (typeof actors.$inferInsert)[] = []
  const adopt: Adoption[] = []
  // By id, not searched for each candidate: an article of many megabytes has thousands of actors.
  const rowOf = new Map(rows.actors.map((actor) => [actor.id, actor]))
  await run(
    eachInSteps(candidates, (candidate) => {
      const resolution = decide(candidate, known, found, notNames)
      canonical.set(candidate.id, resolution.canonicalId)
      if (resolution.rule === 'known') return
      if (lockedShared(candidate)) throw new ExclusiveKeysNeeded()
      if (resolution.adopt) adopt.push({ from: resolution.adopt, into: candidate.id, rule: 'variant' })
      identityRows.push({
        actorId: candidate.id,
        canonicalId: resolution.canonicalId,
        name: candidate.name,
        kind: candidate.kind,
        rule: resolution.rule,
        reason: resolution.reason,
        articleId: rows.article.id,
        parentId: resolution.canonicalId === candidate.id ? null : resolution.canonicalId,
      })
      if (resolution.canonicalId === candidate.id) {
        for (const key of nameKeys(candidate.name, candidate.kind))
          keyRows.push({ key, actorId: candidate.id })
        const row = rowOf.get(candidate.id)
        if (row) actorRows.push(row)
      }
    }),
  )
  const joined = new Set(adopt.map(({ from }) => from))
  const candidateOf = new Map(candidates.map((candidate) => [candidate.id, candidate]))
  for (const more of await run(adoptionsSteps(candidates, canonical, found, notNames))) {
    if (joined.has(more.from)) continue
    // Taking in an actor changes what the keys name: not under a shared lock.
    const into = candidateOf.get(more.into)
    if (into && lockedShared(into)) throw new ExclusiveKeysNeeded()
    adopt.push(more)
  }
  if (identityRows.length > 0 || keyRows.length > 0)
    await insertIdentities(tx, identityRows, keyRows, actorRows)
  const shared = await run(sharedNamesSteps(candidates, canonical, found, notNames))
  const byNew = new Set(
    (
      await run(
        sharedNamesSteps(
          candidates.filter((candidate) => !lockedShared(candidate)),
          canonical,
          found,
          notNames,
        ),
      )
    ).map(({ person }) => person),
  )
  return {
    canonical,
    adopt,
    shared,
    sharedByKnown: new Set(shared.map(({ person }) => person).filter((person) => !byNew.has(person))),
  }
}

/**
 * The persons among `found` (stored ones the article's words name) and the article's own that the article, as
 * resolution reads it before it is stored, shows to be no names (`readNotNames`, with what it says of each: a
 * headline or body mention, a given word in lower case). For decisions made beside its own, so that they read
 * the same evidence (`identity-article.ts`).
 */
export async function articleNotNames(
  tx: Tx,
  rows: IngestRows,
  found: readonly Found[],
): Promise<Set<string>> {
  const candidates = candidatesOf(rows)
  const run = stepRunner(candidates.length > MANY_ACTORS)
  return readNotNames(
    tx,
    await run(surnameBearersSteps(candidates, found, rows)),
    await run(givenWordsSteps(candidates)),
  )
}

/**
 * The word a lone-word person's name is looked up by, or undefined for a full name.
 * @example loneWordOf('Mr Blair') // 'blair'
 */
export function loneWordOf(name: string): string | undefined {
  return nameKeys(name, 'person')
    .find((key) => key.startsWith('short:'))
    ?.slice(6)
}

/** A stored person and a word of its name that a lone word joined it by (its surname or its given name). */
export type SharedName = { person: string; word: string }

/** A full-name person's surname and given name as lone words would look them up (`s:`, `g:` keys' words). */
function lookedUpWords(candidate: Candidate): string[] {
  return nameKeys(candidate.name, candidate.kind)
    .filter((key) => key.startsWith('s:') || key.startsWith('g:'))
    .map((key) => key.slice(2))
}

/**
 * The stored persons (not `candidate`) that a lone `word` could also name: their surname or given name is it
 * (not those that bear it as a surname while they are no name).
 */
function otherBearers(
  found: readonly Found[],
  word: string,
  candidate: Candidate,
  notNames: ReadonlySet<string>,
): Found[] {
  return [...foundUnder(found, `s:${word}`), ...foundUnder(found, `g:${word}`)].filter(
    (row) => row.id !== candidate.id && !noNameUnder(row, notNames),
  )
}

/** A full-name person's given word (its `g:` key's), if it has one. */
export function givenWordOf(name: string): string | undefined {
  return nameKeys(name, 'person')
    .find((key) => key.startsWith('g:'))
    ?.slice(2)
}

/** The given words of an article's full-name persons, with the ids that bear each. */
function* givenWordsSteps(candidates: readonly Candidate[]): Steps<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>()
  yield* eachInSteps(candidates, (candidate) => {
    if (kindGroup(candidate.kind) !== 'p') return
    const given = givenWordOf(candidate.name)
    if (given !== undefined) out.set(given, (out.get(given) ?? new Set()).add(candidate.id))
  })
  return out
}

/**
 * The persons that bear a word as their surname where that word has another bearer or is a lone word's (stored,
 * or of this article): the ones whose being no name (`identity-names.ts`) can change what a lone word joins. Each with what
 * this article says of it (a body mention, its given word in lower case). Pure.
 */
function* surnameBearersSteps(
  candidates: readonly Candidate[],
  found: readonly Found[],
  rows: IngestRows,
): Steps<SurnameBearer[]> {
  const bearers = new Map<string, Set<string>>()
  const bear = (word: string, id: string) => bearers.set(word, (bearers.get(word) ?? new Set()).add(id))
  const bySurname = new Map<string, { id: string; name: string; word: string }>()
  // A lone word (stored or of this article) is a bearer too here: it is what a surname's bearer may take in.
  yield* eachInSteps(found, (row) => {
    if (kindGroup(row.kind) === 'p' && row.key.startsWith('short:')) bear(row.key.slice(6), row.id)
  })
  yield* eachInSteps(candidates, (candidate) => {
    const word = kindGroup(candidate.kind) === 'p' ? loneWordOf(candidate.name) : undefined
    if (word !== undefined) bear(word, candidate.id)
  })
  yield* eachInSteps(found, (row) => {
    if (kindGroup(row.kind) !== 'p' || !(row.key.startsWith('s:') || row.key.startsWith('g:'))) return
    bear(row.key.slice(2), row.id)
    if (row.key.startsWith('s:'))
      bySurname.set(`${row.id}\u0000${row.key}`, { ...row, word: row.key.slice(2) })
  })
  yield* eachInSteps(candidates, (candidate) => {
    if (kindGroup(candidate.kind) !== 'p') return
    for (const key of nameKeys(candidate.name, candidate.kind)) {
      if (!(key.startsWith('s:') || key.startsWith('g:'))) continue
      bear(key.slice(2), candidate.id)
      if (key.startsWith('s:'))
        bySurname.set(`${candidate.id}\u0000${key}`, { ...candidate, word: key.slice(2) })
    }
  })
  const bodyStart = rows.article.bodyStart ?? 0
  const inBody = new Set<string>()
  const inHeadline = new Set<string>()
  yield* eachInSteps(rows.mentions, (mention) => {
    if (mention.form != null) return
    if (mention.start >= bodyStart) inBody.add(mention.actorId)
    else inHeadline.add(mention.actorId)
  })
  const here = new Set(candidates.map((candidate) => candidate.id))
  const out = new Map<string, SurnameBearer>()
  yield* eachInSteps([...bySurname.values()], ({ id, name, word }) => {
    const given = givenWordOf(name)
    if (given === undefined || (bearers.get(word)?.size ?? 0) < 2 || out.has(id)) return
    out.set(id, {
      id,
      given,
      inBodyHere: inBody.has(id),
      inHeadlineHere: inHeadline.has(id),
      lowerHere: false,
    })
  })
  // Whether the text writes a bearer's given word in lower case: the text's words are read once for all of them.
  const askText = [...out.values()].filter(({ id }) => here.has(id))
  if (askText.length > 0) {
    const words = yield* textWordsSteps(rows.article.text)
    for (const bearer of askText) bearer.lowerHere = writesLowerIn(words, bearer.given)
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Stored full-name persons whose surname or given name a new full-name person of this article now shares, with
 * that word: a lone word joined to one of them by it no longer names one person, and is split off again
 * (whatever the order, "Clinton" alone stays its own once Bill and Hillary are both stored, and "Jeb" once a
 * second Jeb is).
 */
function* sharedNamesSteps(
  candidates: readonly Candidate[],
  canonical: ReadonlyMap<string, string>,
  found: readonly Found[],
  notNames: ReadonlySet<string>,
): Steps<SharedName[]> {
  const out = new Map<string, SharedName>()
  yield* eachInSteps(candidates, (candidate) => {
    if (canonical.get(candidate.id) !== candidate.id || kindGroup(candidate.kind) !== 'p') return
    // A lone word joined a person of its own generation only: a son ("Jr") shares none with his father.
    const generation = nameParts(candidate.name).generation
    const words = lookedUpWords(candidate)
    const [surname] = words
    for (const word of words) {
      // No name bears its surname for no lone word ("Crooked Hillary" leaves "Hillary" where it is).
      if (word === surname && notNames.has(candidate.id)) continue
      for (const row of otherBearers(found, word, candidate, notNames))
        if (nameParts(row.name).generation === generation)
          out.set(`${row.id}\u0000${word}`, { person: row.id, word })
    }
  })
  return [...out.values()].sort((a, b) =>
    a.person !== b.person ? (a.person < b.person ? -1 : 1) : a.word < b.word ? -1 : a.word > b.word ? 1 : 0,
  )
}

/** A stored actor that a new actor of this article takes in, and by which rule. */
export type Adoption = { from: string; into: string; rule: string }

/**
 * Stored lone-word actors that a new full-name person of this article now takes in: its surname or its given
 * name, which no other stored person bears.
 */
function* adoptionsSteps(
  candidates: readonly Candidate[],
  canonical: ReadonlyMap<string, string>,
  found: readonly Found[],
  notNames: ReadonlySet<string>,
): Steps<Adoption[]> {
  const out: Adoption[] = []
  const taken = new Set<string>()
  yield* eachInSteps(candidates, (candidate) => {
    if (canonical.get(candidate.id) !== candidate.id || kindGroup(candidate.kind) !== 'p') return
    const [surname, given] = lookedUpWords(candidate)
    for (const word of [surname, given]) {
      if (word === undefined || (word === surname && notNames.has(candidate.id))) continue
      const others = otherBearers(found, word, candidate, notNames)
      for (const row of foundUnder(found, `short:${word}`)) {
        if (kindGroup(row.kind) !== 'p' || row.id === candidate.id || taken.has(row.id)) continue
        if (row.registered) continue
        if (contradicts(row.role, candidate.role) || contradicts(row.affiliation, candidate.affiliation))
          continue
        // As `decide` judges a lone word: it joins one person of its generation ("Koller Jr." a son only).
        if (namesTwoPeople(row.name, candidate.name)) continue
        if (others.some((other) => !namesTwoPeople(row.name, other.name))) continue
        taken.add(row.id)
        out.push({ from: row.id, into: candidate.id, rule: word === surname ? 'surname' : 'given-name' })
      }
    }
  })
  return out
}

/**
 * The rows with every actor id replaced by its canonical id, duplicates merged, in steps (`steps.ts`): it yields
 * between slices of the mentions and of the statements. Pure.
 */
export function* rewriteRowsSteps(
  rows: IngestRows,
  canonical: ReadonlyMap<string, string>,
): Steps<IngestRows> {
  const to = (id: string) => canonical.get(id) ?? id
  const byId = new Map<string, (typeof rows.actors)[number]>()
  yield* eachInSteps(rows.actors, (actor) => {
    const id = to(actor.id)
    const seen = byId.get(id)
    if (!seen) {
      byId.set(id, { ...actor, id })
      return
    }
    const keep = fullness(actor.name) > fullness(seen.name) ? actor : seen
    const other = keep === actor ? seen : actor
    const aliases = [...new Set([...(seen.aliases ?? []), ...(actor.aliases ?? []), other.name])]
      .filter((alias) => alias !== keep.name)
      .sort()
    byId.set(id, {
      ...keep,
      id,
      role: keep.role ?? other.role ?? null,
      affiliation: keep.affiliation ?? other.affiliation ?? null,
      aliases,
      searchText: [keep.name, ...aliases].join(' ').toLowerCase(),
      statementCount: (seen.statementCount ?? 0) + (actor.statementCount ?? 0),
    })
  })
  const actorRows = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const mentionRows = new Map<string, (typeof rows.mentions)[number]>()
  yield* eachInSteps(rows.mentions, (mention) => {
    const actorId = to(mention.actorId)
    const key = `${actorId}\u0000${mention.start}\u0000${mention.end}`
    if (!mentionRows.has(key)) mentionRows.set(key, { ...mention, actorId })
  })
  const statementRows = yield* mapInSteps(rows.statements, (row) => ({
    ...row,
    speakerId: row.speakerId ? to(row.speakerId) : null,
    targetId: row.targetId ? to(row.targetId) : null,
  }))
  const edges = new Map<string, (typeof rows.stances)[number]>()
  yield* eachInSteps(rows.stances, (edge) => {
    const sourceId = to(edge.sourceId)
    const targetId = to(edge.targetId)
    if (sourceId === targetId) return
    const key = `${sourceId}\u0000${targetId}\u0000${edge.polarity}`
    const seen = edges.get(key)
    if (seen) seen.statementCount += edge.statementCount
    else edges.set(key, { ...edge, sourceId, targetId })
  })
  return {
    ...rows,
    actors: actorRows,
    articleActors: actorRows.map((actor) => ({ articleId: rows.article.id, actorId: actor.id })),
    mentions: [...mentionRows.values()],
    statements: statementRows,
    stances: [...edges.values()].sort((a, b) => {
      const left = `${a.sourceId}\u0000${a.targetId}\u0000${a.polarity}`
      const right = `${b.sourceId}\u0000${b.targetId}\u0000${b.polarity}`
      return left < right ? -1 : left > right ? 1 : 0
    }),
  }
}

/**
 * Moves everything stored under actor `from` to actor `into` (statements, mentions, article links, stances,
 * counts, names) and points every id that resolved to `from` at `into`. The stored rows move; the analyses
 * stay as extracted. Work is proportional to `from`'s rows, found through their indexes.
 */
export async function mergeActorInto(
  tx: Tx,
  from: string,
  into: string,
  how: { rule: string; reason: string; curated: boolean },
): Promise<void> {
  if (from === into) return
  // The identities this merge changes, locked first: an article being written under `from` finishes before.
  await tx.execute(
    sql`select 1 from ${actorIdentities} where canonical_id = ${from} order by actor_id for update`,
  )
  // Per-article rows hold only for a lone word standing on its own (`identity-article.ts`): `from`'s go back to
  // it before its rows move; those naming `from` name `into` (none where that is the lone word's own store-wide).
  await clearArticleIdentities(tx, [from])
  await tx.execute(
    sql`delete from ${articleIdentities} where canonical_id = ${from} and extracted_id = ${into}`,
  )
  await tx.execute(sql`update ${articleIdentities} set canonical_id = ${into} where canonical_id = ${from}`)
  // Both actors and whether a person decided about `from`, in one read.
  const pair = await tx
    .select({ actor: actors, curated: actorIdentities.curated })
    .from(actors)
    .leftJoin(actorIdentities, eq(actorIdentities.actorId, actors.id))
    .where(inArray(actors.id, [from, into]))
  const source = pair.find(({ actor }) => actor.id === from)
  const target = pair.find(({ actor }) => actor.id === into)?.actor
  if (!source) return
  // A person's decision about `from` outlives automatic ones.
  if (!how.curated && source.curated) return
  const moved = await queryRows<StatementKey>(
    tx,
    sql`update ${statements} set
        speaker_id = case when speaker_id = ${from} then ${into} else speaker_id end,
        target_id = case when target_id = ${from} then ${into} else target_id end
      where speaker_id = ${from} or target_id = ${from}
      returning article_id as "articleId", id`,
  )
  // Article links, mentions and stances move in one statement; the articles both were in count once.
  const [counted] = await queryRows<{ overlap: number }>(
    tx,
    sql`with gone_links as (delete from ${articleActors} where actor_id = ${from} returning article_id),
      new_links as (insert into ${articleActors} (article_id, actor_id)
        select article_id, ${into} from gone_links on conflict do nothing returning 1),
      gone_mentions as (delete from ${mentions} where actor_id = ${from} returning article_id, start, "end", form),
      new_mentions as (insert into ${mentions} (article_id, actor_id, start, "end", form)
        select article_id, ${into}, start, "end", form from gone_mentions on conflict do nothing returning 1),
      gone_stances as (delete from ${stances} where source_id = ${from} or target_id = ${from}
        returning source_id, target_id, polarity, statement_count),
      new_stances as (insert into ${stances} (source_id, target_id, polarity, statement_count)
        select case when source_id = ${from} then ${into} else source_id end,
          case when target_id = ${from} then ${into} else target_id end, polarity, statement_count
        from gone_stances
        where not (source_id = ${from} and target_id = ${into}) and not (target_id = ${from} and source_id = ${into})
        on conflict (source_id, target_id, polarity)
        do update set statement_count = ${stances.statementCount} + excluded.statement_count returning 1)
      select ((select count(*) from gone_links) - (select count(*) from new_links))::int as overlap,
        (select count(*) from new_mentions)::int as mentions, (select count(*) from new_stances)::int as stances`,
  )
  if (!target) return
  const overlap = Number(counted?.overlap ?? 0)
  const aliases = [...new Set([...target.aliases, ...source.actor.aliases, source.actor.name])]
    .filter((alias) => alias !== target.name && alias !== '')
    .sort()
  await tx
    .update(actors)
    .set({
      aliases,
      searchText: [target.name, ...aliases].join(' ').toLowerCase(),
      role: target.role ?? source.actor.role,
      affiliation: target.affiliation ?? source.actor.affiliation,
      articleCount: sql`${actors.articleCount} + ${source.actor.articleCount} - ${overlap}`,
      statementCount: sql`${actors.statementCount} + ${source.actor.statementCount}`,
    })
    .where(eq(actors.id, into))
  await tx.execute(sql`with gone_keys as (delete from ${actorNameKeys} where actor_id = ${from})
    delete from ${actors} where id = ${from}`)
  // Every id that resolved to \`from\` now resolves to \`into\` (a curated one keeps its rule and reason), and
  // \`from\` itself hangs under \`into\` in the merge tree, by this rule.
  await tx.execute(sql`update ${actorIdentities} set
      canonical_id = case when canonical_id = ${from} then ${into} else canonical_id end,
      rule = case when actor_id = ${from} or not curated then ${how.rule} else rule end,
      reason = case when actor_id = ${from} or not curated then ${how.reason} else reason end,
      curated = case when actor_id = ${from} or not curated then ${how.curated} else curated end,
      parent_id = case when actor_id = ${from} then ${into} else parent_id end
    where canonical_id = ${from} or actor_id = ${from}`)
  await refreshFacts(tx, [into])
  await refreshViews(tx, moved)
}

/**
 * The canonical id an actor id stands for (itself when it is canonical), or null when never seen.
 * @example await canonicalActorId(store, 'person:trump') // 'person:donald-trump'
 */
export async function canonicalActorId(store: Store, id: string): Promise<string | null> {
  const [row] = await store.db
    .select({ canonical: actorIdentities.canonicalId })
    .from(actorIdentities)
    .where(eq(actorIdentities.actorId, id))
    .limit(1)
  return row?.canonical ?? null
}

/** An article's extracted actors as the resolution's candidates. */
function candidatesOf(rows: IngestRows): Candidate[] {
  return rows.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    role: actor.role ?? null,
    affiliation: actor.affiliation ?? null,
  }))
}
