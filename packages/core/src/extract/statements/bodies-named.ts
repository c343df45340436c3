import { countStartingBefore } from '../../parse/count-before.ts'
import type { Discourse } from './antecedents.ts'

/** A body's name in the text, with how many bodies holding the same word were named up to there. */
interface NamedBody {
  start: number
  actor: string
  bodiesSoFar: number
}

// Built once per article on the first look-up: scanning every earlier name for each look-up made long texts
// quadratic.
const indexes = new WeakMap<Discourse, Map<string, NamedBody[]>>()

/** The names of organizations in text order, keyed by each word of the organization's name. */
function indexBodies(discourse: Discourse): Map<string, NamedBody[]> {
  const byWord = new Map<string, NamedBody[]>()
  const seen = new Map<string, Set<string>>()
  for (const anchor of discourse.anchors) {
    if (anchor.kind !== 'organization' || anchor.form !== 'name') continue
    const name = discourse.actors.get(anchor.actor)?.name.toLowerCase() ?? ''
    for (const word of new Set(name.split(/\s+/))) {
      const bodies = seen.get(word) ?? new Set<string>()
      seen.set(word, bodies.add(anchor.actor))
      const list = byWord.get(word) ?? []
      byWord.set(word, list)
      list.push({ start: anchor.start, actor: anchor.actor, bodiesSoFar: bodies.size })
    }
  }
  return byWord
}

/**
 * The one body named before `at` whose name holds a head noun ("the committee" long after "the joint committee on
 * human rights"), or undefined when the text names none or two ("the Treasury committee" and "the health committee").
 * @example onlyBodyNamed(discourse, 'committee', 900) // 'organization:joint-committee-on-human-rights'
 */
export function onlyBodyNamed(discourse: Discourse, head: string, at: number): string | undefined {
  let index = indexes.get(discourse)
  if (!index) {
    index = indexBodies(discourse)
    indexes.set(discourse, index)
  }
  const named = index.get(head) ?? []
  const last = named[countStartingBefore(named, at) - 1]
  return last?.bodiesSoFar === 1 ? named[0]?.actor : undefined
}
