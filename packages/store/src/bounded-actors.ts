// Actor ids and names are keys of btree indexes (actors, actor_name_keys, actor_evidence, stances), and PostgreSQL
// refuses an index row over 2,704 bytes: a page whose title is one 5,000-letter word would make its ingest fail.
import { type Actor, type Analysis, hashText } from '@whosaid/core/io'

/** Longest actor id kept as it is, in characters (ids are ASCII). */
export const ID_LIMIT = 200
/** Longest name, alias or role kept whole, in code points (at most 4 bytes each in UTF-8). */
export const NAME_LIMIT = 300

/** An id of at most ID_LIMIT characters: a longer one keeps its kind and start and ends in a hash of the whole. */
export function boundedId(id: string): string {
  if (id.length <= ID_LIMIT) return id
  const hash = hashText(id)
  const start = id.slice(0, ID_LIMIT - hash.length - 1).replace(/-+$/, '')
  return `${start}-${hash}`
}

/** A name of at most NAME_LIMIT code points (never a lone surrogate: whole code points are cut). */
function boundedName(name: string): string {
  if (name.length <= NAME_LIMIT) return name
  const points = Array.from(name)
  return points.length <= NAME_LIMIT ? name : points.slice(0, NAME_LIMIT).join('')
}

/** True when an actor has an id or a name form too long to be an index key. */
function isOverlong(actor: Actor): boolean {
  return (
    actor.id.length > ID_LIMIT ||
    (actor.affiliation?.length ?? 0) > ID_LIMIT ||
    actor.name.length > NAME_LIMIT ||
    (actor.role?.length ?? 0) > NAME_LIMIT ||
    actor.aliases.some((alias) => alias.length > NAME_LIMIT)
  )
}

/**
 * The analysis with every actor id cut to ID_LIMIT characters (the same long id always gives the same short one,
 * and statements and relations follow) and every name, alias and role to NAME_LIMIT code points. Returns the
 * same object when no actor is that long, as in every real article.
 * @example boundActors(analyze(`${'T'.repeat(5000)}\n\nThe mayor spoke.`)).actors[0]?.id.length // 200
 */
export function boundActors(analysis: Analysis): Analysis {
  if (!analysis.actors.some(isOverlong)) return analysis
  const actors = analysis.actors.map((actor): Actor => {
    const aliases = [...new Set(actor.aliases.map(boundedName))]
    const name = boundedName(actor.name)
    return {
      ...actor,
      id: boundedId(actor.id),
      name,
      aliases: aliases.filter((alias) => alias !== name),
      ...(actor.role === undefined ? {} : { role: boundedName(actor.role) }),
      ...(actor.affiliation === undefined ? {} : { affiliation: boundedId(actor.affiliation) }),
    }
  })
  const statements = analysis.statements.map((statement) => ({
    ...statement,
    speaker: statement.speaker === null ? null : boundedId(statement.speaker),
    ...(statement.stance === undefined
      ? {}
      : { stance: { ...statement.stance, target: boundedId(statement.stance.target) } }),
  }))
  const relations = analysis.relations?.map((relation) => ({
    ...relation,
    source: boundedId(relation.source),
    target: boundedId(relation.target),
  }))
  return { ...analysis, actors, statements, ...(relations === undefined ? {} : { relations }) }
}
