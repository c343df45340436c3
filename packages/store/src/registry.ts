// The registry of known actors: a curated list of people and bodies (heads of state, ministers, ...) with their
// names, aliases, role, affiliation and Wikidata item. A registered actor is canonical: a mention written as its
// name or one of its aliases resolves to it, and actors stored before that it names join it. Nothing is fetched.
import { ActorIdSchema, ActorKindSchema } from '@whosaid/core/io'
import { z } from 'zod'
import { ID_LIMIT, NAME_LIMIT } from './bounded-actors.ts'
import type { Store, Tx } from './database.ts'
import { retryingRaces } from './errors.ts'
import { lockNames, lookupKeys } from './identity.ts'
import { type DecideWork, decideWordsAgain } from './identity-article.ts'
import { clearArticleIdentities } from './identity-article-rows.ts'
import { windowWords } from './identity-dated.ts'
import { importBatch, type RegistryImport } from './registry-batch.ts'
import { readWordBearers, registryReach, wordsStandingAlone } from './registry-reach.ts'

export type { RegistryImport } from './registry-batch.ts'

/** One known actor as a registry file gives it. */
export const RegistryEntrySchema = z
  .object({
    // Ids and names are index keys: the limits that ingest cuts an article's actors to (`bounded-actors.ts`).
    id: ActorIdSchema.max(ID_LIMIT),
    name: z.string().trim().min(1).max(NAME_LIMIT),
    kind: ActorKindSchema,
    aliases: z.array(z.string().trim().min(1).max(NAME_LIMIT)).default([]),
    role: z.string().trim().min(1).max(NAME_LIMIT).optional(),
    affiliation: ActorIdSchema.max(ID_LIMIT).optional(),
    wikidata: z
      .string()
      .regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id such as Q22686')
      .optional(),
  })
  .strict()
  .meta({ id: 'RegistryEntry', description: 'A known actor: its id, names, role and Wikidata item.' })

/** One known actor as a registry file gives it. */
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>

/** A registry: a list of known actors, each id once. */
export const RegistrySchema = z
  .array(RegistryEntrySchema)
  .max(10_000)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>()
    entries.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${entry.id} twice` })
      seen.add(entry.id)
    })
  })
  .meta({ id: 'Registry', description: 'A list of known actors.' })

/**
 * The most name keys one import transaction locks. PostgreSQL keeps every lock a transaction holds in one shared
 * table (`max_locks_per_transaction` × connections, about 6,400 by default, for all sessions together), so a
 * registry of thousands of names is imported in batches of entries, each with at most this many keys.
 */
export const REGISTRY_BATCH_KEYS = 1_000

/** One batch of a registry import: entries `start` to `end` (exclusive) of the registry. */
export type RegistryBatch = { start: number; end: number }

/**
 * Splits a registry into consecutive batches whose entries lock at most `maxKeys` name keys together (an entry
 * with more keys than that is a batch of its own). Pure.
 * @example registryBatches(entries, 1000) // [{ start: 0, end: 240 }, { start: 240, end: 480 }, ...]
 */
export function registryBatches(
  entries: readonly Pick<RegistryEntry, 'name' | 'aliases' | 'kind'>[],
  maxKeys: number = REGISTRY_BATCH_KEYS,
): RegistryBatch[] {
  const batches: RegistryBatch[] = []
  let start = 0
  let keys = 0
  entries.forEach((entry, index) => {
    const count = lookupKeys(namesOf([entry])).length
    if (index > start && keys + count > maxKeys) {
      batches.push({ start, end: index })
      start = index
      keys = 0
    }
    keys += count
  })
  if (start < entries.length) batches.push({ start, end: entries.length })
  return batches
}

/** The names of registry entries, each with its entry's kind, as the name locks take them. */
function namesOf(
  entries: readonly Pick<RegistryEntry, 'name' | 'aliases' | 'kind'>[],
): { name: string; kind: string }[] {
  return entries.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((name) => ({ name, kind: entry.kind })),
  )
}

/**
 * A registry import that stopped at a batch: entries before `start` are stored, those from `start` on are not
 * (importing the same registry again finishes it). The database's error is the `cause`.
 */
export class RegistryImportError extends Error {
  override readonly name = 'RegistryImportError'
  /** The first entry (0-based) of the batch that failed. */
  readonly start: number
  /** The entry after the batch's last. */
  readonly end: number
  /** How many entries the registry has. */
  readonly total: number

  constructor(start: number, end: number, total: number, options: { cause: unknown }) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause)
    super(
      `registry entries ${start + 1}-${end} of ${total} were not imported (${reason}); entries 1-${start} are stored, importing the registry again finishes it`,
      options,
    )
    this.start = start
    this.end = end
    this.total = total
  }
}

/**
 * Stores a registry of known actors in batches, each in its own transaction (see `registryBatches`), in the
 * registry's order: each entry becomes (or updates) a canonical actor with its Wikidata item and aliases,
 * recorded as curated; stored actors whose name is one of its names (same kind of actor) join it. Importing the
 * same file twice changes nothing more; a batch that fails throws a `RegistryImportError` naming its entries.
 * @example await importRegistry(store, RegistrySchema.parse(JSON.parse(text)))
 */
export async function importRegistry(
  store: Store,
  entries: readonly RegistryEntry[],
): Promise<RegistryImport> {
  const total: RegistryImport = { created: 0, updated: 0, joined: 0 }
  for (const { start, end } of registryBatches(entries)) {
    const batch = entries.slice(start, end)
    let result: RegistryImport
    try {
      result = await retryingRaces(() => store.db.transaction((tx) => importEntries(tx, batch)))
    } catch (error) {
      throw new RegistryImportError(start, end, entries.length, { cause: error })
    }
    total.created += result.created
    total.updated += result.updated
    total.joined += result.joined
  }
  return total
}

/**
 * Stores one batch of registry entries in the caller's transaction: locks their names' keys (as an ingest
 * resolving these names, or a curation of these actors, takes them: neither interleaves), upserts and joins
 * (`importBatch`), then decides again the dated articles of the lone words whose bearers the batch changed, within
 * the dates the changed bearers' windows reach (`registryReach`): work that grows with what the batch changes, not
 * with the store. Only the words with a lone word standing on its own are read (`wordsStandingAlone`). `work`
 * counts the articles read to be decided and the bearers read.
 */
export async function importEntries(
  tx: Tx,
  batch: readonly RegistryEntry[],
  work?: DecideWork,
): Promise<RegistryImport> {
  const names = namesOf(batch)
  await lockNames(tx, names, 'exclusive')
  // Only a word with a lone word standing on its own has per-article decisions: the others' bearers are not read.
  const words = await wordsStandingAlone(tx, windowWords({ actors: names }))
  const before = await readWordBearers(tx, words, work)
  const imported = await importBatch(tx, batch)
  // A lone word registered stands on its own no more, and per-article rows hold only for one that does: its
  // articles go back under it, as a curated merge puts them.
  await clearArticleIdentities(
    tx,
    batch.map(({ id }) => id),
  )
  const reach = registryReach(before, await readWordBearers(tx, words, work))
  await decideWordsAgain(tx, [...reach.keys()], { reach, ...(work ? { work } : {}) })
  return imported
}

/** Splits one CSV line set into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). Pure. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((value) => value !== '')) rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  row.push(field)
  if (row.some((value) => value !== '')) rows.push(row)
  return rows
}

/** The columns a registry CSV may have; `id`, `name` and `kind` are required. */
const CSV_COLUMNS = ['id', 'name', 'kind', 'aliases', 'role', 'affiliation', 'wikidata'] as const

/**
 * A registry file's entries, unchecked: JSON (an array of entries) or CSV (a header row naming the columns
 * id, name, kind, aliases, role, affiliation, wikidata; aliases separated by `|`). Check with RegistrySchema.
 * @example RegistrySchema.safeParse(readRegistry(text, 'csv'))
 */
export function readRegistry(text: string, format: 'json' | 'csv'): unknown {
  if (format === 'json') return JSON.parse(text.replace(/^\uFEFF/, ''))
  const [header, ...rows] = csvRows(text.replace(/^\uFEFF/, ''))
  if (!header) return []
  const columns = header.map((name) => name.trim().toLowerCase())
  const unknown = columns.find((name) => !(CSV_COLUMNS as readonly string[]).includes(name))
  if (unknown !== undefined)
    throw new SyntaxError(`unknown column "${unknown}" (use ${CSV_COLUMNS.join(', ')})`)
  return rows.map((row) => {
    const entry: Record<string, unknown> = {}
    columns.forEach((name, index) => {
      const value = (row[index] ?? '').trim()
      if (name === 'aliases')
        entry.aliases = value === '' ? [] : value.split('|').map((alias) => alias.trim())
      else if (value !== '') entry[name] = value
    })
    return entry
  })
}
