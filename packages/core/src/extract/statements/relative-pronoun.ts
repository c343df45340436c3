import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'
import { type Discourse, sentenceIndexAt } from './antecedents.ts'

// How many words a "who" clause may run before its "he" or "she": "who grew tired of what he claimed".
const CLAUSE_REACH = 16
// What closes a relative clause, or sets off words that may be about someone else.
const CLAUSE_END = /^[,;:()"'\u2018\u2019\u201c\u201d\u2013\u2014-]$/

/**
 * The person a "he" or "she" inside a relative clause stands for, when the clause hangs on that person's name:
 * "the exit of tycoon Tom Reed, who grew tired of what he claimed was delay" — the clause is about Tom Reed, however
 * much more the sentence before was about someone else. None when another name or a comma comes between "who" and
 * the pronoun, or when the person's gender is known to be the other.
 * @example personOpeningRelative(discourse, 'he', 120) // 'person:tom-reed'
 */
export function personOpeningRelative(discourse: Discourse, pronoun: string, at: number): string | undefined {
  const { parsed, anchors } = discourse
  const { tokens } = parsed
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, at)]
  if (!sentence) return undefined
  const here = countStartingBefore(tokens, at)
  for (let t = here - 1; t >= Math.max(0, here - CLAUSE_REACH); t--) {
    const token = tokens[t] as Token
    if (token.start < sentence.start || CLAUSE_END.test(token.text)) return undefined
    if (token.text !== 'who') continue
    if (tokens[t - 1]?.text !== ',') return undefined
    const named = anchorEnding(anchors, (tokens[t - 1] as Token).start)
    if (!named || hasPersonBetween(anchors, token.end, at)) return undefined
    const gender = discourse.genders.get(named.actor)
    const wanted = pronoun.toLowerCase() === 'she' ? 'female' : 'male'
    return gender === undefined || gender === wanted ? named.actor : undefined
  }
  return undefined
}

/** The person named by words that end at `end`. */
function anchorEnding(anchors: readonly Anchor[], end: number): Anchor | undefined {
  const anchor = anchors[countStartingBefore(anchors, end) - 1]
  return anchor?.end === end && anchor.kind === 'person' && anchor.form === 'name' ? anchor : undefined
}

/** Whether a person is named between two offsets. */
function hasPersonBetween(anchors: readonly Anchor[], from: number, to: number): boolean {
  for (let i = countStartingBefore(anchors, from); i < anchors.length; i++) {
    const anchor = anchors[i] as Anchor
    if (anchor.start >= to) return false
    if (anchor.kind === 'person' && anchor.form !== 'pronoun') return true
  }
  return false
}
