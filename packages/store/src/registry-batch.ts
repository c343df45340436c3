// One batch of a registry import, inside its transaction: a few statements for the whole batch (read the entries'
// stored actors and the unregistered actors their names find; upsert the actors, their identities and keys), then
// one merge per stored actor that joins a registered one. It gives what storing the entries one by one, in order,
// gives: an entry's upserts come before the merges into it, and those before the next entries' upserts.
import { inArray, sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx } from './database.ts'
import { exactKey, isAcronym, kindGroup, mergeActorInto, nameKeys, namesTwoPeople } from './identity.ts'
import { keyedActors } from './keyed-actors.ts'
import { actorIdentities, actorNameKeys, actors } from './schema.ts'

/** What a registry entry holds that its import stores (the registry's entry, `RegistryEntry`). */
export type RegisteredActor = {
  id: string
  name: string
  kind: string
  aliases: string[]
  role?: string | undefined
  affiliation?: string | undefined
  wikidata?: string | undefined
}

/** What an import did. */
export type RegistryImport = { created: number; updated: number; joined: number }

/** The keys a registered actor is found by: each name's own keys (not a lone word's) and its exact key. */
export function registryKeys(entry: Pick<RegisteredActor, 'name' | 'aliases' | 'kind'>): string[] {
  const keys = new Set<string>()
  for (const name of [entry.name, ...entry.aliases]) {
    keys.add(exactKey(name))
    for (const key of nameKeys(name, entry.kind)) if (!key.startsWith('short:')) keys.add(key)
  }
  return [...keys].sort()
}

/** An entry's aliases as stored: once each, without its name, sorted. */
function aliasesOf(entry: RegisteredActor): string[] {
  return [...new Set(entry.aliases)].filter((alias) => alias !== entry.name).sort()
}

/** An unregistered stored actor that one of an entry's keys finds, and whether a person decided about it. */
export type NamedActor = { key: string; id: string; name: string; kind: string; curated: boolean }

/**
 * Whether a stored actor that `key`, a key of one of a registered actor's `names`, found is that actor: never by a
 * surname alone (`s:`: Ann and Bo Lee share it), nor by initials two names of words share (`a:`), nor a person whom one of the names says is another (another
 * middle initial, or another generation: "Ann T. Lee" is not "Ann Q. Lee", "Ann Lee" not "Ann Lee Jr."). The kind
 * groups are checked apart. Pure.
 * @example isNamedBy({ name: 'Bo Lee', kind: 'person' }, 's:lee', ['Ann Lee']) // false
 */
export function isNamedBy(
  stored: { name: string; kind: string },
  key: string,
  names: readonly string[],
): boolean {
  if (key.startsWith('s:')) return false
  // Initials alone name no one: one of the two names that share them is the acronym ("VLT", "Vale Lake Trust").
  if (key.startsWith('a:') && !isAcronym(stored.name))
    return names.some((name) => isAcronym(name) && nameKeys(name, stored.kind).includes(key))
  return kindGroup(stored.kind) !== 'p' || !names.some((name) => namesTwoPeople(stored.name, name))
}

/** A stored actor that joins the registered entry at `index` of the batch. */
export type RegistryJoin = { from: string; into: string; index: number }

/** An entry as `planJoins` reads it: its keys and its names (name and aliases). */
export type PlannedEntry = { id: string; kind: string; keys: readonly string[]; names: readonly string[] }

/**
 * Which stored actors join which entries when the entries are stored one by one in order (pure): an unregistered
 * actor of the entry's kind group that one of its keys finds, and that its names name (`isNamedBy`), joins
 * the first entry that finds it (the merge removes it: `removed`), or every such entry when a person decided about
 * it (the merge then leaves it where it is, and each is counted). An entry stored before is registered, and joins
 * no one.
 * @example planJoins([{ id: 'person:ann-lee', kind: 'person', keys: ['p:ann lee'], names: ['Ann Lee'] }], [{ key: 'p:ann lee', id: 'person:lee', name: 'Ann B. Lee', kind: 'person', curated: false }])
 * // { joins: [{ from: 'person:lee', into: 'person:ann-lee', index: 0 }], removed: Set { 'person:lee' } }
 */
export function planJoins(
  entries: readonly PlannedEntry[],
  named: readonly NamedActor[],
): { joins: RegistryJoin[]; removed: Set<string> } {
  const byKey = new Map<string, NamedActor[]>()
  for (const row of named) {
    const rows = byKey.get(row.key)
    if (rows) rows.push(row)
    else byKey.set(row.key, [row])
  }
  const position = new Map(entries.map((entry, index) => [entry.id, index]))
  const removed = new Set<string>()
  const joins: RegistryJoin[] = []
  for (const [index, entry] of entries.entries()) {
    const found = new Map<string, NamedActor>()
    for (const key of entry.keys)
      for (const row of byKey.get(key) ?? []) if (isNamedBy(row, key, entry.names)) found.set(row.id, row)
    const joining = [...found.values()]
      .filter((row) => !removed.has(row.id) && kindGroup(row.kind) === kindGroup(entry.kind))
      .filter((row) => (position.get(row.id) ?? entries.length) > index)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const row of joining) {
      joins.push({ from: row.id, into: entry.id, index })
      if (!row.curated) removed.add(row.id)
    }
  }
  return { joins, removed }
}

/** A stored actor's row as the upsert builds on it. */
type StoredActor = typeof actors.$inferSelect

/** Upserts the entries' actors, identities and keys: three statements, whatever their number. */
async function upsertEntries(
  tx: Tx,
  entries: readonly {
    entry: RegisteredActor
    aliases: string[]
    keys: string[]
    before: StoredActor | null
  }[],
): Promise<void> {
  if (entries.length === 0) return
  await tx
    .insert(actors)
    .values(
      entries.map(({ entry, aliases, before }) => {
        const names = before
          ? [
              ...new Set([
                ...before.aliases,
                ...aliases,
                ...(before.name === entry.name ? [] : [before.name]),
              ]),
            ]
              .filter((alias) => alias !== entry.name)
              .sort()
          : aliases
        return {
          id: entry.id,
          name: entry.name,
          kind: entry.kind,
          role: entry.role ?? before?.role ?? null,
          affiliation: entry.affiliation ?? before?.affiliation ?? null,
          aliases: names,
          searchText: [entry.name, ...names].join(' ').toLowerCase(),
          wikidata: entry.wikidata ?? before?.wikidata ?? null,
          registered: true,
        }
      }),
    )
    .onConflictDoUpdate({
      // A stored actor keeps its kind and counts.
      target: actors.id,
      set: {
        name: sql`excluded.name`,
        aliases: sql`excluded.aliases`,
        searchText: sql`excluded.search_text`,
        role: sql`excluded.role`,
        affiliation: sql`excluded.affiliation`,
        wikidata: sql`excluded.wikidata`,
        registered: true,
      },
    })
  const registered = { rule: 'registry', reason: 'registered as a known actor', curated: true }
  await tx
    .insert(actorIdentities)
    .values(
      entries.map(({ entry }) => ({
        actorId: entry.id,
        canonicalId: entry.id,
        name: entry.name,
        kind: entry.kind,
        ...registered,
      })),
    )
    .onConflictDoUpdate({
      target: actorIdentities.actorId,
      set: { canonicalId: sql`excluded.canonical_id`, ...registered, parentId: null },
    })
  await tx
    .insert(actorNameKeys)
    .values(entries.flatMap(({ entry, keys }) => keys.map((key) => ({ key, actorId: entry.id }))))
    .onConflictDoNothing()
}

/**
 * Stores one batch of registry entries in the import's transaction (which holds their names' keys exclusively):
 * each entry becomes or updates a canonical, curated actor with its Wikidata item, aliases and keys, and the
 * unregistered stored actors of its kind group that its names find join it (unless a person decided otherwise).
 * Five statements for a batch whose names find no stored actor; three more for each entry that some actor joins,
 * and the merges. Answers what it did.
 * @example await importBatch(tx, [{ id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: [] }])
 */
export async function importBatch(tx: Tx, entries: readonly RegisteredActor[]): Promise<RegistryImport> {
  if (entries.length === 0) return { created: 0, updated: 0, joined: 0 }
  const prepared = entries.map((entry) => {
    const aliases = aliasesOf(entry)
    return { entry, aliases, keys: registryKeys({ ...entry, aliases }) }
  })
  // The entries' stored actors, locked in id order: the upserts build on what they hold.
  const stored = new Map(
    (
      await tx
        .select()
        .from(actors)
        .where(
          inArray(
            actors.id,
            entries.map((entry) => entry.id),
          ),
        )
        .orderBy(actors.id)
        .for('update')
    ).map((row) => [row.id, row]),
  )
  const named = await queryRows<NamedActor>(
    tx,
    sql`select k.key, a.id, a.name, a.kind, coalesce(a.curated, false) as curated
      from ${keyedActors}
      where k.key = ${sqlAny([...new Set(prepared.flatMap(({ keys }) => keys.filter((key) => !key.startsWith('s:'))))])}
        and not a.registered`,
  )
  const { joins, removed } = planJoins(
    prepared.map(({ entry, aliases, keys }) => ({
      id: entry.id,
      kind: entry.kind,
      keys,
      names: [entry.name, ...aliases],
    })),
    named,
  )
  // An entry's actor that a merge into an earlier entry removed is stored anew.
  const rows = prepared.map((row) => ({
    ...row,
    before: removed.has(row.entry.id) ? null : (stored.get(row.entry.id) ?? null),
  }))
  let start = 0
  for (const join of joins) {
    if (join.index >= start) {
      await upsertEntries(tx, rows.slice(start, join.index + 1))
      start = join.index + 1
    }
    await mergeActorInto(tx, join.from, join.into, {
      rule: 'registry',
      reason: `a name of registered ${join.into}`,
      curated: false,
    })
  }
  await upsertEntries(tx, rows.slice(start))
  const updated = rows.filter(({ before }) => before !== null).length
  return { created: entries.length - updated, updated, joined: joins.length }
}
