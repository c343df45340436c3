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

// How many common nouns may describe a body before its name: "telecoms giant", "analysts", "think tank".
const MAX_BODY_PREMODIFIERS = 3
// Parts of speech that open a clause after "by": a gerund or a participle.
const CLAUSE_POS: ReadonlySet<string> = new Set(['VG', 'VD', 'VN'])

/**
 * The body named after a few lower-case words that open at token `first` ("by analysts Vale Research", "by telecoms
 * giant Pellcom"): the one that made a writing, which a description of its trade comes before. Only common nouns may
 * come first, none of the words that end a description ("by next week in Vale" names no maker).
 * @example bodyAfterPremodifiers(tokens, anchors, first, end) // the anchor of "Vale Research"
 */
export function bodyAfterPremodifiers(
  tokens: readonly Token[],
  anchors: readonly Anchor[],
  first: number,
  end: number,
): Anchor | undefined {
  for (let t = first; t < tokens.length && t <= first + MAX_BODY_PREMODIFIERS; t++) {
    const token = tokens[t] as Token
    if (token.end > end) return undefined
    const name = t > first ? nameStartingAt(anchors, token.start) : undefined
    if (name) return name.kind === 'organization' || name.kind === 'group' ? name : undefined
    if (
      !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text) ||
      CLOSING.test(token.text) ||
      /^(?:from|of|by)$/.test(token.text)
    )
      return undefined
    // "by comparing figures from Vale" opens a clause; "think tank" is a noun, however "think" is read alone.
    if (CLAUSE_POS.has(guessPos(token.text, token.text, false))) return undefined
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
