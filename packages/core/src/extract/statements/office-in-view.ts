import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Discourse, type EarlierSpeaker, personForDescription } from './antecedents.ts'
import { officeOf } from './office-holders.ts'

// When the office spoke, after it in the source: "the prime minister on Sunday said". Only the first space of a run
// may open it, so a long run of spaces is read once.
const WHEN =
  /(?<!\s)\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier|later|last\s+(?:week|night|month|year))$/i

// How many people in view are tried for an office before it is left unresolved: the nearest, and the next.
const TRIES = 2

/**
 * A source's words without the time that may follow them.
 * @example withoutWhen('the prime minister on Sunday') // 'the prime minister'
 */
export function withoutWhen(words: string): string {
  return words.trim().replace(WHEN, '')
}

/**
 * A bare office ("the prime minister said") left unresolved because the person most in view was ruled out, as
 * holding another office ("the chancellor", by the article's other mentions) or a post the lead gave them ("London's
 * most senior police officer"): the next person in view whom `holds` accepts for the office, unless the lead gave
 * them a post too; not when the one ruled out by another office is the last speaker. Run after every other look-up,
 * so a name that follows the office ("the chancellor said. Mr Ruddle added") still comes first. An office with a
 * qualifier ("the Tory leader") is left as it is.
 * @example officeHolderInView(discourse, posts, earlier, statement, holds).speaker // 'person:tony-blair'
 */
export function officeHolderInView(
  discourse: Discourse,
  posts: ReadonlyMap<string, string>,
  earlier: readonly EarlierSpeaker[],
  statement: Statement,
  holds: (source: Span, person: string) => boolean,
): Statement {
  const { source } = statement
  if (!source || statement.speaker !== null || statement.speakerReason !== 'unresolved') return statement
  const words = withoutWhen(discourse.parsed.view.slice(source.start, source.end))
  const phrase = officeOf(words)
  if (phrase === undefined || words.toLowerCase() !== `the ${phrase}` || /\s\p{Lu}/u.test(words))
    return statement
  const ruledOut = new Set(posts.keys())
  for (let i = 0; i < TRIES; i++) {
    const person = personForDescription(discourse, phrase, source.start, earlier, undefined, ruledOut)
    if (person === undefined) return statement
    if (holds(source, person)) {
      const { speakerReason: _unresolved, ...rest } = statement
      return { ...rest, speaker: person }
    }
    // "Mr Ruddle defended his sums. The chancellor insisted …": the one who just spoke is whom the office stands for,
    // whatever the article's other mentions gave him; it stays unresolved rather than pass to someone else.
    if (earlier.at(-1)?.actor === person) return statement
    ruledOut.add(person)
  }
  return statement
}
