// A "person" whose given word is no name (`identity-names.ts`) can be found so by an article that does not name
// it: one that writes its given word in lower case ("the count was rigged" makes "Rigged Wanda" a slogan). A lone
// word decided before that article ("Wanda" joined to "Rigged Wanda", or its own beside "Wanda Pell") must be
// decided again when it is stored, or the same articles in another order give other actors.
import { sql } from 'drizzle-orm'
import { queryRows, sqlAny, type Tx } from './database.ts'
import { decide, type Found, givenWordOf, type Resolution } from './identity.ts'
import { FEW_ARTICLES, readNotNames, textWordsSteps, writesLowerIn } from './identity-names.ts'
import type { StepRunner } from './steps.ts'

/** A stored full-name person that an article's lower-case word makes no name, with the surname it bears. */
export type NoNameBearer = { id: string; surname: string }

/**
 * The stored persons (not `exclude`, the article's own, which its resolution judged) that this article's text
 * makes no names: their given word is written here in lower case, at most FEW_ARTICLES articles name them, no
 * other person bears that given word, and a lone word of their surname is stored (on its own, or joined to them
 * by it), so that the judgement can change what it names. Two indexed reads: the text's lower-case words, then
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
  // The stored given names among the text's words first, by key alone: a text's few hundred words meet a few. The
  // statement after names those ids, so that the planner probes each table by its index whatever its statistics
  // (PGlite never gathers any): asked in one statement, it started from every person of five articles or fewer,
  // or hashed every surname key, a cost that grew with the store (210 ms an article at 420 articles, loaded).
  const given = await queryRows<{ id: string }>(
    tx,
    sql`select distinct actor_id as id from actor_name_keys where key = ${sqlAny(keys)} order by actor_id`,
  )
  if (given.length === 0) return []
  const ids = sqlAny(given.map(({ id }) => id))
  const rows = await queryRows<{ id: string; given: string; surname: string }>(
    tx,
    sql`select g.actor_id as id, substr(g.key, 3) as given, substr(s.key, 3) as surname
      from actor_name_keys g
      join actors a on a.id = g.actor_id
      join actor_name_keys s on s.actor_id = g.actor_id and s.key like 's:%'
      where g.key = ${sqlAny(keys)} and g.actor_id = ${ids} and a.id = ${ids} and s.actor_id = ${ids}
        and a.kind = 'person' and not a.registered
        and a.article_count <= ${FEW_ARTICLES}
        and (exists (select 1 from actor_name_keys l where l.key = 'short:' || substr(s.key, 3))
          or exists (select 1 from actor_identities i where i.canonical_id = g.actor_id
            and i.rule = 'surname' and not i.curated))
      order by g.actor_id, g.key, s.key`,
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
      from actor_name_keys k join actors a on a.id = k.actor_id
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
