import { countStartingBefore } from '../../parse/count-before.ts'
import type { Span } from '../../schemas/span.ts'
import type { Discourse, EarlierSpeaker } from './antecedents.ts'

// Cues that carry the last speaker's words on: "…," it added; it went on.
const CONTINUING = /^(?:added|adds|continued|continues|went on(?: to (?:say|add))?)$/i

/**
 * For "it" as the source of a cue that carries words on ("…," it added): the one who spoke in this sentence or the
 * one before, whatever kind the actors stage gave that name. A firm named like a person ("Wimpey said … it added")
 * is still who adds; a country named inside its words ("the UK market") is what it talked about. Undefined for
 * other cues or pronouns, or when no one spoke that close.
 * @example continuedByIt(discourse, 'it', cue, source, earlier) // 'person:wimpey' for "Wimpey said …. It added …"
 */
export function continuedByIt(
  discourse: Discourse,
  pronoun: string,
  cue: Span | null,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  if (pronoun !== 'it' || !cue || !CONTINUING.test(discourse.parsed.view.slice(cue.start, cue.end)))
    return undefined
  const last = earlier.at(-1)
  if (!last || last.at >= source.start) return undefined
  const { sentences } = discourse.parsed
  const apart = countStartingBefore(sentences, source.start + 1) - countStartingBefore(sentences, last.at + 1)
  return apart <= 1 ? last.actor : undefined
}
