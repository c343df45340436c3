// An analysis as the store answers it: the extractor's actor ids replaced by the canonical actors they joined
// (see identity.ts), each extractor id kept beside its canonical one. The stored analysis stays as extracted.
import type { Actor, ActorId, Analysis, Statement } from '@whosaid/core'
import type { StoredAnalysis } from './views.ts'

/** Every actor id an analysis names: its actors, their affiliations, speakers and stance targets. */
export function actorIdsOf(analysis: Pick<Analysis, 'actors' | 'statements'>): string[] {
  const ids = new Set<string>()
  for (const actor of analysis.actors) {
    ids.add(actor.id)
    if (actor.affiliation) ids.add(actor.affiliation)
  }
  for (const statement of analysis.statements) {
    if (statement.speaker) ids.add(statement.speaker)
    if (statement.stance) ids.add(statement.stance.target)
  }
  return [...ids].sort()
}

/** Two of an article's actors that are one canonical actor, as one: mentions and names of both. */
function joinActors(kept: StoredAnalysis['actors'][number], other: Actor): StoredAnalysis['actors'][number] {
  const aliases = [...new Set([...kept.aliases, other.name, ...other.aliases])].filter(
    (alias) => alias !== kept.name,
  )
  const references = [...(kept.references ?? []), ...(other.references ?? [])]
  return {
    ...kept,
    aliases,
    mentions: [...kept.mentions, ...other.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    ...(references.length > 0 ? { references } : {}),
  }
}

/**
 * The analysis with each actor id replaced by its canonical id (`canonical` maps extracted → canonical; an id
 * it lacks stays): each actor's `id`, `affiliation`, each statement's `speaker` and stance `target`. The
 * extractor's id stays beside a replaced one (`extractedId`, `extractedSpeaker`, `extractedTarget`). Two
 * actors of the article that are one canonical actor become one. A canonical actor with a Wikidata item in
 * `wikidata` (canonical id → item, from the registry) carries it as `wikidata`. Pure.
 * @example canonicalAnalysis(analysis, new Map([['person:trump', 'person:donald-trump']]))
 */
export function canonicalAnalysis<A extends Analysis>(
  analysis: A,
  canonical: ReadonlyMap<string, string>,
  wikidata: ReadonlyMap<string, string> = new Map(),
): A & Pick<StoredAnalysis, 'actors' | 'statements'> {
  const to = (id: string) => (canonical.get(id) ?? id) as ActorId
  const byId = new Map<string, StoredAnalysis['actors'][number]>()
  for (const actor of analysis.actors) {
    const id = to(actor.id)
    const seen = byId.get(id)
    if (seen) {
      byId.set(id, joinActors(seen, actor))
      continue
    }
    const item = wikidata.get(id)
    byId.set(id, {
      ...actor,
      id,
      ...(id === actor.id ? {} : { extractedId: actor.id }),
      ...(actor.affiliation ? { affiliation: to(actor.affiliation) } : {}),
      ...(item ? { wikidata: item } : {}),
    })
  }
  const statements = analysis.statements.map((statement) =>
    canonicalStatement(
      statement,
      statement.speaker ? to(statement.speaker) : null,
      statement.stance ? to(statement.stance.target) : null,
    ),
  )
  return { ...analysis, actors: [...byId.values()], statements }
}

/** A stored statement: speaker and target as the store's canonical ids, the extractor's beside them. */
export type StoredStatement = StoredAnalysis['statements'][number]

/**
 * The statement with the canonical `speaker` and stance `target` given (null leaves them as extracted), the
 * extractor's ids kept as `extractedSpeaker` and `extractedTarget` where they differ. Pure.
 * @example canonicalStatement(statement, 'person:donald-trump', null)
 */
export function canonicalStatement(
  statement: Statement,
  speaker: string | null | undefined,
  target: string | null | undefined,
): StoredStatement {
  const out: StoredStatement = { ...statement }
  if (statement.speaker && speaker && speaker !== statement.speaker) {
    out.speaker = speaker as ActorId
    out.extractedSpeaker = statement.speaker
  }
  if (statement.stance && target && target !== statement.stance.target) {
    out.stance = { ...statement.stance, target: target as ActorId, extractedTarget: statement.stance.target }
  }
  return out
}
