import type { ParsedArticle } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'

// A preposition of place before a name, maybe with "the": "violence in the Holy Land", "fighting across Darfur".
// Not "at", "to" or "from", which also take the one a stance is aimed at ("angry at Labour", "wrote to the EU").
const PLACE_BEFORE = /\b(?:in|into|across|throughout|inside|near|around)\s+(?:the\s+)?$/i
// Nouns of attitude whose "in" takes an actor, not a place: "confidence in the EU", "faith in Labour".
const ATTITUDE_IN = /\b(?:confidence|faith|trust|belief|interest|stake|role|part)\s+in\s+(?:the\s+)?$/i
// A possessor before a name makes it a thing someone has: "his Budget", "the chancellor's Budget".
const POSSESSED_BEFORE = /(?:\b(?:his|her|its|their|our|my|your)|\p{L}['\u2019]s)\s+$/iu

/** Whether the words before a name make it a place or a thing someone has, not an actor. */
function namesThing(view: string, anchor: Anchor): boolean {
  const before = view.slice(Math.max(0, anchor.start - 40), anchor.start)
  if (POSSESSED_BEFORE.test(before)) return true
  return PLACE_BEFORE.test(before) && !ATTITUDE_IN.test(before)
}

/**
 * The stance targets without the actors other than people whose every mention by name is a place or a thing
 * someone has ("violence in the Holy Land", "his Budget"): a stance needs an actor, not where or what.
 * @example withoutThings(parsed, targets, anchors) // targets less those of 'organization:holy-land'
 */
export function withoutThings(
  parsed: ParsedArticle,
  targets: readonly Anchor[],
  anchors: readonly Anchor[],
): readonly Anchor[] {
  const actorLike = new Set<string>()
  const named = new Set<string>()
  for (const anchor of anchors) {
    if (anchor.kind === 'person' || anchor.form !== 'name') continue
    named.add(anchor.actor)
    if (!namesThing(parsed.view, anchor)) actorLike.add(anchor.actor)
  }
  const things = [...named].filter((actor) => !actorLike.has(actor))
  if (things.length === 0) return targets
  const dropped = new Set(things)
  return targets.filter((anchor) => !dropped.has(anchor.actor))
}
