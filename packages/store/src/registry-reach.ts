// What a registry import can change of the per-article decisions (`identity-article.ts`): the bearers of the
// batch's words before and after it, compared, give the dates whose articles are decided again. Only words with a
// lone word standing on its own have per-article decisions, so only those words' bearers are read.
import { sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx } from './database.ts'
import { type DecideWork, type Reach, readBearers, readLoneWords, standsAlone } from './identity-article.ts'
import { windowWords } from './identity-dated.ts'
import { type Span, windowOfSpan } from './identity-window.ts'
import { keyedActors } from './keyed-actors.ts'

/**
 * A person bearing a word, as the per-article decisions of that word see it: its kind, role and affiliation (an
 * article's lone word joins no person whose role or affiliation contradicts what it states), its span and whether
 * it is no name.
 */
export type WordBearer = {
  name: string
  kind: string
  role: string | null
  affiliation: string | null
  span: Span | undefined
  notName: boolean
}

/**
 * The words of `words` that have a lone word standing on its own (a person, neither registered nor curated): one
 * indexed read of the lone words' keys. A registry import only takes a lone word off its own (registering it), so
 * the words read before the batch are all those it can change the decisions of.
 */
export async function wordsStandingAlone(tx: Tx, words: readonly string[]): Promise<string[]> {
  if (words.length === 0) return []
  const rows = await queryRows<{ key: string; kind: string; registered: boolean; curated: boolean | null }>(
    tx,
    sql`select k.key, a.kind, a.registered, a.curated
      from ${keyedActors}
      where k.key = ${sqlAny(words.map((word) => `short:${word}`))}`,
  )
  const standing = new Set(rows.filter(standsAlone).map((row) => row.key.slice('short:'.length)))
  return words.filter((word) => standing.has(word))
}

/**
 * The persons bearing each of `words` (surname or given name), by word and id: three reads, none locking.
 * `work.bearers` counts the bearers read.
 */
export async function readWordBearers(
  tx: Tx,
  words: readonly string[],
  work?: DecideWork,
): Promise<Map<string, Map<string, WordBearer>>> {
  const out = new Map<string, Map<string, WordBearer>>()
  if (words.length === 0) return out
  const { bearers, keyed } = await readLoneWords(tx, words)
  if (work) work.bearers = (work.bearers ?? 0) + bearers.length
  if (bearers.length === 0) return out
  const { spans, notNames } = await readBearers(tx, keyed, undefined)
  for (const { key, id, name, kind, role, affiliation } of bearers) {
    const word = key.slice(key.indexOf(':') + 1)
    const byId = out.get(word) ?? new Map<string, WordBearer>()
    byId.set(id, { name, kind, role, affiliation, span: spans.get(id), notName: notNames.has(id) })
    out.set(word, byId)
  }
  return out
}

/**
 * Whether two bearers of a word decide the same: name (a generation added, "Jr.", makes two people of one), kind,
 * role, affiliation, span (or both undated), no-name alike.
 */
function sameBearer(a: WordBearer, b: WordBearer): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.role === b.role &&
    a.affiliation === b.affiliation &&
    a.notName === b.notName &&
    a.span?.first.getTime() === b.span?.first.getTime() &&
    a.span?.last.getTime() === b.span?.last.getTime()
  )
}

/**
 * The articles whose per-article decision a change of the words' bearers (`before` → `after`, as
 * `readWordBearers` reads them) can change, by word: an article's decision reads only the bearers whose window
 * holds its date, so a bearer added, removed or changed (its span, kind, role or affiliation) reaches the dates of
 * its window before and after (all dates when undated, as an undated person fits any). A person made a name or no
 * name reaches every article of each of its words. A word whose bearers stand as before is left out. Pure.
 * @example registryReach(new Map(), new Map([['bloggs', new Map([['person:ann-bloggs', ann2013]])]])) // bloggs: [2009 … 2017]
 */
export function registryReach(
  before: ReadonlyMap<string, ReadonlyMap<string, WordBearer>>,
  after: ReadonlyMap<string, ReadonlyMap<string, WordBearer>>,
): Map<string, Reach> {
  const out = new Map<string, Reach>()
  for (const word of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = before.get(word) ?? new Map<string, WordBearer>()
    const now = after.get(word) ?? new Map<string, WordBearer>()
    for (const id of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const a = was.get(id)
      const b = now.get(id)
      if (a && b && sameBearer(a, b)) continue
      for (const side of [a, b]) if (side) addReach(out, word, side.span)
      if (a && b && a.notName !== b.notName)
        for (const other of windowWords({ actors: [b] })) out.set(other, 'all')
    }
  }
  return out
}

/**
 * The articles whose per-article decision a change of the role or affiliation of the persons `changed` can
 * change, by word: the dates within each such bearer's window (all dates when it is undated), as `registryReach`
 * gives for a bearer whose role or affiliation a batch changed. Words none of them bears are left out. Pure.
 * @example factsReach(new Map([['bloggs', new Map([['person:ann-bloggs', ann2013]])]]), new Set(['person:ann-bloggs'])) // bloggs: [2009 … 2017]
 */
export function factsReach(
  bearers: ReadonlyMap<string, ReadonlyMap<string, WordBearer>>,
  changed: ReadonlySet<string>,
): Map<string, Reach> {
  const out = new Map<string, Reach>()
  for (const [word, byId] of [...bearers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    for (const [id, bearer] of byId) if (changed.has(id)) addReach(out, word, bearer.span)
  return out
}

/** Adds to `out` the dates a changed bearer of `word` reaches: the window of its span, or all when undated. */
function addReach(out: Map<string, Reach>, word: string, span: Span | undefined): void {
  const reach = out.get(word) ?? []
  if (reach === 'all') return
  if (span === undefined) out.set(word, 'all')
  else out.set(word, [...reach, windowOfSpan(span)])
}
