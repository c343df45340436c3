import type { Token } from '../../parse/document.ts'

/**
 * Words of feeling toward someone, with the prepositions that bring that someone in: "critical of Y", "appalled by
 * Y", "proud of Y". Whole words. The speaker's own feeling toward a named actor is a stance as "sceptical of Y" is;
 * a feeling about a thing ("happy with the result") names no one and is none.
 */
export const FEELINGS: readonly (readonly [
  feeling: string,
  polarity: 'oppose' | 'support',
  prepositions: string,
])[] = [
  ['critical', 'oppose', 'of'],
  ['disappointed', 'oppose', 'in with by'],
  ['appalled', 'oppose', 'by at'],
  ['dismayed', 'oppose', 'by at'],
  ['disgusted', 'oppose', 'by at with'],
  ['shocked', 'oppose', 'by at'],
  ['angry', 'oppose', 'with at'],
  ['furious', 'oppose', 'with at'],
  ['frustrated', 'oppose', 'with by'],
  ['unhappy', 'oppose', 'with'],
  ['impressed', 'support', 'by with'],
  ['proud', 'support', 'of'],
  ['grateful', 'support', 'to'],
  ['delighted', 'support', 'with by'],
  ['pleased', 'support', 'with'],
  ['happy', 'support', 'with'],
]

const FEELING_WORDS: ReadonlySet<string> = new Set(FEELINGS.map(([feeling]) => feeling))

/** Whether a stance phrase's first word is a word of feeling: "critical" of "critical of". */
export function isFeeling(first: string): boolean {
  return FEELING_WORDS.has(first)
}

/** How many words may stand between a feeling's preposition and the actor: "the", a title ("the Prime Minister"). */
const MOST_BETWEEN = 3

/**
 * Whether the actor starting at `start` is what the feeling is about, its preposition ending before token `from`:
 * only an article or capitalized words of a title may stand between ("proud of the Green Party", "angry with Prime
 * Minister Y"); "happy with the result of Y's vote" is about the result.
 */
export function feltToward(tokens: readonly Token[], from: number, start: number): boolean {
  for (let k = from; k < from + MOST_BETWEEN + 1; k++) {
    const token = tokens[k]
    if (!token) return false
    if (token.start >= start) return true
    if (token.text.toLowerCase() !== 'the' && !/^\p{Lu}/u.test(token.text)) return false
  }
  return false
}
