import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'
import { guessPos } from './pos.ts'
import { VERB_POS } from './verb-pos.ts'

// How many words may describe an author before the name: "Sunday Vale columnist", "the Clarion's health editor".
const MAX_PREMODIFIERS = 6
// Words that end a description: the author's name cannot lie past them.
const CLOSING = /^(?:and|or|but|in|on|at|with|for|to|that|which|who|about|after|before|than|as)$/i
// A word of a description: a name, a common noun, or a possessive ending.
const WORD = /^(?:[\p{L}][\p{L}'\u2019.-]*|['\u2019]s?)$/u

/**
 * The person named after a few describing words that open at token `first` ("by Sunday Vale columnist Ann Lee"): the
 * one who wrote a writing, not the paper or body that describes them. The description must end in a common noun
 * ("columnist"), and no word such as "and" may come between; nor a verb, nor a second name that is not a person's (in
 * "by the Vale Trust blames minister Tom Reed" the person is in what the writing says, not who wrote it).
 * @example personAfterPremodifiers(tokens, anchors, first) // the anchor of "Ann Lee"
 */
export function personAfterPremodifiers(
  tokens: readonly Token[],
  anchors: readonly Anchor[],
  first: number,
  end: number,
): Anchor | undefined {
  let names = 0
  for (let t = first; t < tokens.length && t <= first + MAX_PREMODIFIERS; t++) {
    const token = tokens[t] as Token
    if (token.end > end) return undefined
    const name = nameStartingAt(anchors, token.start)
    if (name?.kind === 'person')
      return t > first && /^\p{Ll}/u.test((tokens[t - 1] as Token).text) ? name : undefined
    if (name && ++names > 1) return undefined
    if (!WORD.test(token.text) || CLOSING.test(token.text)) return undefined
    // The first word may be a participle that describes ("by retired judge …"); a verb after it opens a clause.
    const lower = token.text.toLowerCase()
    if (t > first && lower === token.text && VERB_POS.has(guessPos(token.text, lower, false)))
      return undefined
  }
  return undefined
}

/** The name that starts at `at`: a person's if one does, else one of any kind. */
function nameStartingAt(anchors: readonly Anchor[], at: number): Anchor | undefined {
  let other: Anchor | undefined
  for (let i = countStartingBefore(anchors, at); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start > at) break
    if (anchor.form !== 'name') continue
    if (anchor.kind === 'person') return anchor
    other ??= anchor
  }
  return other
}
