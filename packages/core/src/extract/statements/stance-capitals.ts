import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import { findCountryOfCapital } from '../actors/countries.ts'
import type { Anchor } from './anchors.ts'

// Words before a place that make it the place, not its government: "talks in Moscow", "flights to Beijing", "the mayor of London".
const PLACE_BEFORE = new Set(
  'in at to from for of into near via across outside around inside through toward towards between visit visited visiting'.split(
    ' ',
  ),
)

/**
 * A capital named where it stands for its government, as the country's anchor: "accused *Washington* of
 * interfering", "*Moscow* was responsible for", when the article has that country as an actor. Not after a word
 * that makes it a place ("protests in Moscow"), and only for a country the article names as an actor.
 * @example capitalAnchors(parsed, anchors, actors) // [{ actor: 'country:united-states', form: 'name', … }] for "accused Washington of"
 */
export function capitalAnchors(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Anchor[] {
  const countries = new Map(
    actors.filter((actor) => actor.kind === 'country').map((actor) => [actor.name, actor.id]),
  )
  if (countries.size === 0) return []
  const { tokens, view } = parsed
  const found: Anchor[] = []
  for (const anchor of anchors) {
    if (anchor.kind !== 'location' || anchor.form !== 'name') continue
    const country = findCountryOfCapital(view.slice(anchor.start, anchor.end))
    const id = country && countries.get(country.name)
    if (id === undefined) continue
    const before = tokens[countStartingBefore(tokens, anchor.start) - 1]?.text.toLowerCase() ?? ''
    if (PLACE_BEFORE.has(before)) continue
    found.push({ ...anchor, actor: id, kind: 'country' })
  }
  return found
}
