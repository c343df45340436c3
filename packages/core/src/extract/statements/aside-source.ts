import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { type Anchor, anchorEndingAt } from './anchors.ts'
import type { Discourse } from './antecedents.ts'

// How many tokens an appositive may hold between the name's comma and the source that closes it.
const ASIDE_REACH = 12
// An age given after a name: "Tom Reed, 57, said".
const AGE = /^\d{1,3}$/
// What no appositive holds: a clause's or a quote's bounds.
const BOUND = /^(?:[.;:!?"“”()]|['‘’]{1,2})$/

/**
 * The person whose appositive a source closes: "Tom Reed, 57, told …" and "Tom Reed, a delegate from Leeds, Kent,
 * said …" have the age or the place as the source the statement finder gave, and Tom Reed as the speaker. Only an
 * age or a lone place or country, closed by a comma with the cue right after it.
 * @example personBeforeAside(discourse, { start: 10, end: 12 }, { start: 14, end: 18 }) // 'person:tom-reed'
 */
export function personBeforeAside(discourse: Discourse, source: Span, cue: Span | null): string | undefined {
  const { parsed, anchors } = discourse
  const { tokens } = parsed
  if (!cue) return undefined
  const first = countStartingBefore(tokens, source.start)
  const after = countStartingBefore(tokens, source.end)
  if (tokens[after]?.text !== ',' || countStartingBefore(tokens, cue.start) !== after + 1) return undefined
  const words = parsed.view.slice(source.start, source.end)
  if (!AGE.test(words) && !isLonePlace(anchors, source)) return undefined
  for (let i = first - 1; i >= Math.max(0, first - ASIDE_REACH); i--) {
    const token = tokens[i] as Token
    if (BOUND.test(token.text)) return undefined
    if (token.text !== ',') continue
    const named = personEndingAt(anchors, tokens[i - 1]?.end ?? -1)
    if (named) return named
  }
  return undefined
}

/** Whether a span is exactly one place's or country's name. */
function isLonePlace(anchors: readonly Anchor[], span: Span): boolean {
  const i = countStartingBefore(anchors, span.start)
  for (let k = i; k < anchors.length && (anchors[k] as Anchor).start === span.start; k++) {
    const anchor = anchors[k] as Anchor
    if (anchor.end === span.end && anchor.form === 'name')
      return anchor.kind === 'location' || anchor.kind === 'country'
  }
  return false
}

/** The person whose name ends at `end`. */
function personEndingAt(anchors: readonly Anchor[], end: number): string | undefined {
  return anchorEndingAt(anchors, end, (anchor) => anchor.kind === 'person' && anchor.form === 'name')?.actor
}
