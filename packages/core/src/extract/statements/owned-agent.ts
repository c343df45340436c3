import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import type { Discourse } from './antecedents.ts'

// Nouns for someone who speaks or acts for another (a closed class): "the minister's spokesman", "her lawyer".
const AGENT_NOUNS: ReadonlySet<string> = new Set(
  'spokesman spokeswoman spokesperson aide adviser advisor lawyer solicitor barrister attorney agent'.split(
    ' ',
  ),
)

// The possessive marker as a word of its own, straight or curly, singular or plural ("the tenants' lawyer").
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '\u2019s', "'", '\u2019'])

// How many words may stand between the owner's "'s" and the agent noun: "the prime minister's official spokesman".
const AGENT_REACH = 2

/**
 * Whether a description's words (lower-case, "'s" a word of its own, as readSourceHead gives them) name the agent of
 * an owner: "prime minister 's official spokesman", "men 's solicitor". Such a person is not the owner nor whoever
 * the text is about, so salience must not pick them.
 * @example isOwnedAgent(['prime', 'minister', "'s", 'spokesman']) // true
 */
export function isOwnedAgent(words: readonly string[]): boolean {
  const head = words.at(-1)
  if (head === undefined || !AGENT_NOUNS.has(head)) return false
  const owner = words.findLastIndex((word) => POSSESSIVE.has(word))
  return owner > 0 && words.length - 1 - owner <= AGENT_REACH + 1
}

/**
 * The person a nameless agent is named as later in the text, by the same words and a comma: "The men's solicitor says
 * … . The men's solicitor, Ann Vale, has asked …" is Ann Vale both times.
 * @example agentNamedLater(discourse, source) // 'person:ann-vale'
 */
export function agentNamedLater(discourse: Discourse, source: Span): string | undefined {
  const { view } = discourse.parsed
  const words = view.slice(source.start, source.end).toLowerCase()
  if (!isOwnedAgent(words.replace(/(['\u2019]s?)(?= )/g, ' $1').split(/\s+/))) return undefined
  const lower = view.toLowerCase()
  for (let at = lower.indexOf(words, source.end); at >= 0; at = lower.indexOf(words, at + words.length)) {
    const after = at + words.length
    if (!view.startsWith(', ', after)) continue
    const anchor = discourse.anchors[countStartingBefore(discourse.anchors, after + 2)]
    if (anchor?.start === after + 2 && anchor.kind === 'person' && anchor.form === 'name') return anchor.actor
  }
  return undefined
}
