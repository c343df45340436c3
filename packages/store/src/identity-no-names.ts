// A "person" whose given word is no name (`identity-names.ts`) can be found so by an article that does not name
// it: one that writes its given word in lower case ("the count was rigged" makes "Rigged Wanda" a slogan). A lone
// word decided before that article ("Wanda" joined to "Rigged Wanda", or its own beside "Wanda Pell") must be
// decided again when it is stored, or the same articles in another order give other actors.
import { sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx, textArrayLiteral } from './database.ts'
import { decide, type Found, givenWordOf, type Resolution } from './identity.ts'
import { FEW_ARTICLES, readNotNames, textWordsSteps, writesLowerIn } from './identity-names.ts'
import { keyedActors } from './keyed-actors.ts'
import type { StepRunner } from './steps.ts'

/** A stored full-name person that an article's lower-case word makes no name, with the surname it bears. */
export type NoNameBearer = { id: string; surname: string }

/**
 * The stored persons (not `exclude`, the article's own, which its resolution judged) that this article's text
 * makes no names: their given word is written here in lower case, at most FEW_ARTICLES articles name them, no
 * other person bears that given word, and a lone word of their surname is stored (on its own, or joined to them
 * by it), so that the judgement can change what it names. One read, by index: the text's lower-case words, then
 * the few stored persons among them.
 */
export async function noNamesByText(
  tx: Tx,
  text: string,
  exclude: ReadonlySet<string>,
  run: StepRunner,
): Promise<NoNameBearer[]> {
  const words = await run(textWordsSteps(text))
  const keys = [...words].filter((word) => writesLowerIn(words, word)).map((word) => `g:${word}`)
  if (keys.length === 0) return []
  // One statement, each step an index lookup by one value whatever the planner's statistics (PGlite never gathers
  // any): each of the text's words (distinct: a set's) by key, the bearers found by id, their surname keys by
  // their id, and a lone word of the surname by key. Joined freely, the planner started from every person of
  // five articles or fewer, or hashed every surname key, a cost that grew with the store (210 ms an article at
  // 420 articles, loaded): each step is a lateral subquery it keeps as written (`offset 0`), and the last sees one
  // row at a time, never a hash of a whole table. `key = any(words)` cost most of a millisecond of planning
  // (an estimate for each of a few hundred words), and a second statement for the bearers another round trip
  // and its join orders, for most articles.
  const rows = await queryRows<{ id: string; given: string; surname: string }>(
    tx,
    sql`with named as materialized (
        select g.actor_id as id, g.key from unnest(${textArrayLiteral(keys)}::text[]) as w(key)
        cross join lateral (select k.actor_id, k.key from actor_name_keys k where k.key = w.key offset 0) g)
      select n.id, substr(n.key, 3) as given, substr(s.key, 3) as surname
      from named n
      cross join lateral (select 1 from actors a where a.id = n.id and a.kind = 'person' and not a.registered
        and a.article_count <= ${FEW_ARTICLES} offset 0) a
      cross join lateral (select k.key from actor_name_keys k where k.actor_id = n.id offset 0) s
      cross join lateral (select 1
        where exists (select 1 from actor_name_keys l where l.key = 'short:' || substr(s.key, 3))
          or exists (select 1 from actor_identities i where i.canonical_id = n.id and i.rule = 'surname'
            and not i.curated)
        offset 0) lone
      where s.key like 's:%'
      order by n.id, n.key, s.key`,
  )
  const asked = rows.filter(({ id }) => !exclude.has(id))
  if (asked.length === 0) return []
  const notNames = await readNotNames(
    tx,
    asked.map(({ id, given }) => ({ id, given, inBodyHere: false, inHeadlineHere: false, lowerHere: true })),
    new Map(),
  )
  return asked.filter(({ id }) => notNames.has(id)).map(({ id, surname }) => ({ id, surname }))
}

/** A stored lone-word person and the stored person it now joins. */
export type LoneWordJoin = { from: string; resolution: Resolution }

/**
 * The stored lone words of `surname` that now join one stored person (`decide`, as a new article's lone word would),
 * with the bearers of the word judged afresh and `noNames` among the no names. Read after the lone words
 * joined to a no-name bearer were split off.
 */
export async function loneWordJoins(
  tx: Tx,
  surname: string,
  noNames: ReadonlySet<string>,
): Promise<LoneWordJoin[]> {
  const rows = await queryRows<Found & { registered: boolean }>(
    tx,
    sql`select k.key, a.id, a.name, a.kind, a.role, a.affiliation, a.registered
      from ${keyedActors}
      where k.key = ${sqlAny([`short:${surname}`, `s:${surname}`, `g:${surname}`])} and a.kind = 'person'
      order by a.id, k.key`,
  )
  const lone = rows.filter(({ key }) => key.startsWith('short:'))
  const found = rows.filter(({ key }) => !key.startsWith('short:'))
  if (lone.length === 0 || found.length === 0) return []
  const bearers = found.flatMap(({ id, name }) => {
    const given = givenWordOf(name)
    return given !== undefined && !noNames.has(id)
      ? [{ id, given, inBodyHere: false, inHeadlineHere: false, lowerHere: false }]
      : []
  })
  const notNames = new Set([...noNames, ...(await readNotNames(tx, bearers, new Map()))])
  const joins: LoneWordJoin[] = []
  for (const { id, name, kind, role, affiliation } of lone) {
    const resolution = decide({ id, name, kind, role, affiliation }, new Map(), found, notNames)
    if (resolution.canonicalId !== id) joins.push({ from: id, resolution })
  }
  return joins
}
