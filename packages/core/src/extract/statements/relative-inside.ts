import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'

// Relative pronouns that open a clause describing the noun before them; "that" is left out, as it is more often a
// conjunction ("said that Vexco …") than a pronoun.
const RELATIVES = new Set(['who', 'which'])

// Tokens that end the walk back: a clause, a quote or a bracket the relative pronoun cannot reach across.
const BARRIERS = new Set([';', ':', '"', '(', ')', '[', ']', '\u2014', '\u2013', '--'])

// How far back the relative pronoun may lie from the source: "which includes the Soil Trust, Green Acre and the
// Rural Guild".
const REACH = 16

/**
 * The start of the relative pronoun whose clause holds a source that the cue follows at once: in "The Farm Network,
 * which includes the Soil Trust and Green Acre, said …" or "the firms which own Vexco, welcomed …" the names in the
 * clause are not the speaker, the noun before "which" is. Undefined when the cue does not follow the source (at most
 * a comma between, and a comma unless the source opens with the pronoun: "which the Tories say" is theirs), when
 * what was said comes before the cue ("…, which opened on Monday, Tom Reed said", where the comma closed the
 * clause), or when a comma inside the clause is not one of a list the source ends ("In a report which came out on
 * Monday, Tom Reed said": the clause closed before the name).
 * @example relativeHoldingSource(tokens, sentenceStart, source, cue, content) // the offset of "which" above
 */
export function relativeHoldingSource(
  tokens: readonly Token[],
  sentenceStart: number,
  source: Span,
  cue: Span | null,
  content: Span,
): number | undefined {
  if (!cue || cue.start < source.end || content.start < cue.end) return undefined
  const from = countStartingBefore(tokens, source.start)
  const to = countStartingBefore(tokens, cue.start)
  const endOfSource = countStartingBefore(tokens, source.end)
  const between = tokens.slice(endOfSource, to)
  if (between.length > 1 || (between.length === 1 && between[0]?.text !== ',')) return undefined
  let comma = -1
  for (let i = from; i >= 0 && from - i <= REACH; i--) {
    const token = tokens[i] as Token
    if (token.start < sentenceStart || BARRIERS.has(token.text)) return undefined
    if (token.text === ',' && comma < 0) comma = i
    if (!RELATIVES.has(token.text)) continue
    if (i === 0 || tokens[i - 1]?.text === '"') return undefined
    // "the plan, which the Tories say would save £4bn": with no comma before the cue, the source is the clause's own
    // subject, whose words the clause reports.
    if (between.length === 0 && i !== from) return undefined
    return comma < 0 || listEndsAt(tokens, comma, endOfSource) ? token.start : undefined
  }
  return undefined
}

/** Whether the words after the comma at `comma`, up to token `end`, close a list: "…, Green Acre and the Guild". */
function listEndsAt(tokens: readonly Token[], comma: number, end: number): boolean {
  for (let i = comma + 1; i < end; i++) {
    const word = tokens[i]?.text
    if (word === 'and' || word === 'or') return true
  }
  return false
}
