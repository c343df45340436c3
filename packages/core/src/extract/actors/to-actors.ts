import type { Actor } from '../../schemas/actor.ts'
import { ensureCountry } from './references.ts'
import type { ActorDraft, ResolvedActors } from './resolve.ts'

/**
 * Shapes drafts into the public Actor records, in order of first appearance: mentions and references sorted,
 * aliases the other forms of the name, affiliations as actor ids (a country named only as an affiliation gets
 * an actor of its own, so every id points somewhere).
 */
export function toActors(resolved: ResolvedActors): Actor[] {
  const affiliationOf = (draft: ActorDraft): string | undefined => {
    const a = draft.affiliation
    if (!a) return undefined
    if ('country' in a) return ensureCountry(resolved, a.country).id
    return resolved.byMention.get(a.mention)?.id
  }
  const affiliations = new Map(resolved.actors.map((d) => [d, affiliationOf(d)]))
  const pointedTo = new Set(affiliations.values())
  const drafts = resolved.actors.filter(
    (d) => d.mentions.length > 0 || d.references.length > 0 || pointedTo.has(d.id),
  )
  const firstSeen = (d: ActorDraft) => {
    let first = Number.POSITIVE_INFINITY
    for (const m of d.mentions) first = Math.min(first, m.start)
    for (const r of d.references) first = Math.min(first, r.span.start)
    return first
  }
  drafts.sort((a, b) => firstSeen(a) - firstSeen(b))
  return drafts.map((draft) => {
    const mentions = draft.mentions
      .map((m) => ({ start: m.start, end: m.end }))
      .sort((a, b) => a.start - b.start)
    const aliases = [...new Set(draft.mentions.map((m) => m.text))].filter((text) => text !== draft.name)
    const references = draft.references
      .map(({ span, form }) => ({ span, form }))
      .sort((a, b) => a.span.start - b.span.start)
    const affiliation = affiliations.get(draft)
    return {
      id: draft.id,
      name: draft.name,
      kind: draft.kind,
      ...(draft.role ? { role: draft.role.text } : {}),
      ...(affiliation && affiliation !== draft.id ? { affiliation } : {}),
      aliases,
      mentions,
      ...(references.length > 0 ? { references } : {}),
    }
  })
}
