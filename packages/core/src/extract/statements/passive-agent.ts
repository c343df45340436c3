import { countStartingBefore } from '../../parse/count-before.ts'
import type { Anchor } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// Participles that do not end in "-ed" or "-en" but take an agent: "led by", "held by", "run by".
const IRREGULAR_PARTICIPLES = new Set([
  'led',
  'held',
  'run',
  'won',
  'made',
  'set',
  'put',
  'brought',
  'fought',
  'sought',
])
/** A body's name in the plural: "the Tories", "the Liberal Democrats", "the Greens" (not "Reuters'" nor "Mr Jones's"). */
export const PLURAL_NAME = /[a-z]s$/

/**
 * The plural body named as the agent of a passive between `from` and `to` ("The bill is expected to be opposed by
 * the Liberal Democrats. They have said …"): the last one, whom a "they" after it stands for, as it would if the
 * body were the sentence's subject; undefined when there is none.
 * @example pluralAgentBetween(discourse, 0, 70) // 'organization:liberal-democrats'
 */
export function pluralAgentBetween(discourse: Discourse, from: number, to: number): string | undefined {
  const { parsed, anchors } = discourse
  const { tokens, view } = parsed
  let found: Anchor | undefined
  for (let i = countStartingBefore(anchors, from); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= to) break
    if (anchor.form !== 'name') continue
    const plural =
      anchor.kind === 'group' ||
      (anchor.kind === 'organization' && PLURAL_NAME.test(view.slice(anchor.start, anchor.end)))
    if (!plural) continue
    let t = countStartingBefore(tokens, anchor.start) - 1
    if (tokens[t]?.text.toLowerCase() === 'the') t--
    if (tokens[t]?.text.toLowerCase() !== 'by') continue
    const participle = tokens[t - 1]?.text.toLowerCase() ?? ''
    if (/^[a-z]{3,}(?:ed|en)$/.test(participle) || IRREGULAR_PARTICIPLES.has(participle)) found = anchor
  }
  return found?.actor
}
