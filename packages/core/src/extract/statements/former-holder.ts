import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Discourse } from './antecedents.ts'

// How many words before an office's noun may qualify it: "former Tory chancellor", "ex-Labour party chairman".
const QUALIFIER_REACH = 3
// Words that date an office as past: "former", "ex-" ("ex-Tory"). A deputy's or a shadow's is an office of its own
// ("Deputy High Court Judge Ann Vale" is a judge), which the actors stage keeps in the role.
const PAST = /^(?:former|ex)(?:-|$)/i
// What ends the words in front of a title: punctuation, or a verb's article ("told the former Tory chancellor").
const TITLE_START = /^(?:[,.;:!?()"'\u2018\u2019\u201c\u201d]|the|a|an)$/i

const cache = new WeakMap<Discourse, ReadonlySet<string>>()

/**
 * The people the article names as past holders of their office, a party or country between "former" and the noun:
 * "former Tory chancellor Ken Vale", "ex-Labour minister Ann Lee". The actors stage may keep only the noun as their
 * role ("chancellor"): a later "the chancellor" is then not them, but whoever holds the office now.
 * @example namedAsFormerHolders(discourse).has('person:ken-vale') // true after "ex-Tory chancellor Ken Vale"
 */
export function namedAsFormerHolders(discourse: Discourse): ReadonlySet<string> {
  const known = cache.get(discourse)
  if (known) return known
  const { tokens } = discourse.parsed
  const found = new Set<string>()
  for (const anchor of discourse.anchors) {
    if (anchor.kind !== 'person' || anchor.form !== 'name' || found.has(anchor.actor)) continue
    const noun = discourse.actors.get(anchor.actor)?.role?.toLowerCase().split(/\s+/).at(-1)
    if (noun === undefined) continue
    const before = countStartingBefore(tokens, anchor.start) - 1
    const title = tokens[before]
    if (title === undefined || !title.text.toLowerCase().endsWith(noun)) continue
    for (let t = before; t >= Math.max(0, before - QUALIFIER_REACH); t--) {
      const word = (tokens[t] as Token).text
      if (t < before && TITLE_START.test(word)) break
      if (PAST.test(word)) {
        found.add(anchor.actor)
        break
      }
    }
  }
  cache.set(discourse, found)
  return found
}
