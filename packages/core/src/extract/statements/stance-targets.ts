import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Anchor } from './anchors.ts'
import { otherOffice, otherOffices } from './other-office.ts'

/**
 * The anchors a stance may target: all but a title linked to an actor whose role qualifies that title ("the
 * chancellor" linked to a shadow chancellor, "the president" to a former one), which names someone else.
 * @example trustedAnchors(parsed, anchors, actors) // without { form: 'title' } "the chancellor" → the shadow chancellor
 */
export function trustedAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): readonly Anchor[] {
  const qualified = new Map<string, string>()
  for (const actor of actors) {
    const qualifier = actor.role ? otherOffice(actor.role) : undefined
    if (qualifier) qualified.set(actor.id, qualifier)
  }
  if (qualified.size === 0) return anchors
  return anchors.filter((anchor) => {
    if (anchor.form !== 'title') return true
    const qualifier = qualified.get(anchor.actor)
    // The qualifier may stand just before a title that leaves it out: "the shadow [chancellor]".
    const written = parsed.view.slice(Math.max(0, anchor.start - 12), anchor.end)
    return qualifier === undefined || otherOffices(written).includes(qualifier)
  })
}
