import { extname } from 'node:path'
import { parseArgs } from 'node:util'
import {
  type CurationResult,
  importRegistry,
  mergeActor,
  openStore,
  type RegistryEntry,
  RegistrySchema,
  readRegistry,
  type Store,
  splitActor,
  sweepOrphans,
} from '@whosaid/store'
import { CliError } from '../cli-error.ts'
import type { Io } from '../io.ts'
import { parseMaxBytes, storeOptions } from '../options.ts'
import { readText } from '../read-text.ts'

/** The help text of `whosaid actors`. */
export const actorsHelp = `Usage: whosaid actors <merge|split|import|sweep> [options] ARGS

Curates the store's actors. Every decision is recorded as curated: later automatic ones leave it.

Commands:
  merge A B      actor A is actor B: A, and every id merged into A, join B's canonical actor
  split A        undo the merge of actor id A: it becomes its own actor again, with what its articles gave it
  import FILE    register known actors from a CSV or JSON file (see packages/store/registry/README.md):
                 mentions of their names and aliases resolve to them, stored actors they name join them
  sweep          remove the actors no article backs that an ingest cut off partway left (opening the
                 store to write does it too)

Options:
  --format F     the format of FILE, csv or json (default: from its extension, else json)
  --data DIR     the embedded database in DIR (default .whosaid, or WHOSAID_DATA)
  --db URL       a PostgreSQL database instead (or DATABASE_URL)
  --json         print the result, and errors, as JSON
  -h, --help     show this help

Examples:
  whosaid actors merge person:meadows person:mark-meadows
  whosaid actors split person:clinton
  whosaid actors import packages/store/registry/example-actors.json`

/** What an actor id looks like (core's ActorId): kind:slug. */
const ACTOR_ID = /^(?:person|organization|country|location|group):[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The actor id argument, or a usage error naming what is wrong. */
function actorId(value: string | undefined, what: string): string {
  if (value === undefined) throw new CliError('usage', `${what} is missing (see whosaid actors --help)`)
  if (!ACTOR_ID.test(value)) throw new CliError('usage', `${what} "${value}" is not an actor id (kind:slug)`)
  return value
}

/** A curation's result as a line, or the error that stopped it. */
function curationLine(result: CurationResult, id: string, done: string): { canonical: string } {
  if (result.ok) return { canonical: result.canonical }
  if (result.reason === 'not-found') throw new CliError('not-found', `no actor ${id} in the store`)
  throw new CliError(
    'failed',
    result.reason === 'same' ? `${done}: it is that actor already` : `${id} is merged into no other actor`,
  )
}

/** Reads and checks a registry file, or throws one line naming the file and the first problem. */
async function readRegistryFile(file: string, format: string | undefined, io: Io) {
  const chosen = format ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'json')
  if (chosen !== 'csv' && chosen !== 'json')
    throw new CliError('usage', `--format takes csv or json, not "${chosen}"`)
  const text = await readText(file, { maxBytes: parseMaxBytes(undefined), stdin: io.readStdin })
  let raw: unknown
  try {
    raw = readRegistry(text, chosen)
  } catch (error) {
    throw new CliError('invalid-json', `not a ${chosen} registry: ${(error as Error).message}`, file)
  }
  const parsed = RegistrySchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const [index, ...field] = issue?.path ?? []
    const where =
      typeof index === 'number'
        ? `entry ${index + 1}${field.length > 0 ? ` (${field.join('.')})` : ''}: `
        : ''
    throw new CliError('invalid-item', `${where}${issue?.message ?? 'not a registry'}`, file)
  }
  return parsed.data
}

/** Runs one subcommand against an open store and answers what it prints as JSON and as a line. */
async function runSubcommand(
  store: Store,
  name: string,
  args: string[],
  registryOf: RegistryEntry[] | undefined,
): Promise<{ json: unknown; line: string }> {
  if (name === 'merge') {
    const from = actorId(args[0], 'A')
    const into = actorId(args[1], 'B')
    if (args.length > 2) throw new CliError('usage', 'merge takes two actor ids: A B')
    const { canonical } = curationLine(await mergeActor(store, from, into), from, `${from} into ${into}`)
    return { json: { merged: from, into: canonical }, line: `merged ${from} into ${canonical}` }
  }
  if (name === 'sweep') {
    if (args.length > 0) throw new CliError('usage', 'sweep takes no arguments')
    const removed = await sweepOrphans(store)
    return { json: { removed }, line: `removed ${removed} actor(s) that no article backs` }
  }
  if (name === 'split') {
    const id = actorId(args[0], 'A')
    if (args.length > 1) throw new CliError('usage', 'split takes one actor id')
    curationLine(await splitActor(store, id), id, id)
    return { json: { split: id }, line: `split ${id} off: it is its own actor again` }
  }
  const registry = registryOf ?? []
  const result = await importRegistry(store, registry)
  return {
    json: result,
    line: `imported ${registry.length} actor(s): ${result.created} new, ${result.updated} updated, ${result.joined} stored actor(s) joined them`,
  }
}

/**
 * Runs `whosaid actors`: merges, splits or imports a registry of known actors.
 * @example await runActors(['merge', 'person:meadows', 'person:mark-meadows'], processIo()) // 0
 */
export async function runActors(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      data: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  const [name, ...rest] = positionals
  if (values.help || name === undefined) {
    io.stdout(`${actorsHelp}\n`)
    return values.help ? 0 : 2
  }
  if (name !== 'merge' && name !== 'split' && name !== 'import' && name !== 'sweep') {
    throw new CliError('usage', `unknown actors command "${name}" (merge, split, import or sweep)`)
  }
  if (values.format !== undefined && name !== 'import')
    throw new CliError('usage', '--format applies to import only')
  // The file is read and checked before the store is opened: a bad file changes nothing and costs little.
  let registry: RegistryEntry[] | undefined
  if (name === 'import') {
    const [file, ...more] = rest
    if (file === undefined || more.length > 0) throw new CliError('usage', 'import takes one FILE')
    registry = await readRegistryFile(file, values.format, io)
  }
  // Opening sweeps too: the sweep command counts what it removes itself.
  const store = await openStore({ ...storeOptions(values), sweep: name !== 'sweep' })
  try {
    const { json, line } = await runSubcommand(store, name, rest, registry)
    io.stdout(values.json ? `${JSON.stringify(json)}\n` : `${line}\n`)
    return 0
  } finally {
    await store.close()
  }
}
