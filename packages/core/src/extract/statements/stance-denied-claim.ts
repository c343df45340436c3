import type { ParsedArticle } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { sentenceAround } from './stance-words.ts'

// Nouns for what someone else asserts, before the "that" of what they assert: "claims that", "the suggestion that".
const CLAIMS =
  /^(?:claims?|allegations?|suggestions?|accusations?|reports?|rumou?rs?|speculation|charges?|idea|notion|assertions?)$/
// Forms of "be" that link the claim to the verdict on it.
const LINKS = new Set(['is', 'are', 'was', 'were'])
// Verdicts that deny what was claimed: "were wrong", "is untrue", "was nonsense".
const FALSE =
  /^(?:wrong|false|untrue|baseless|unfounded|groundless|nonsense|rubbish|absurd|ridiculous|inaccurate|incorrect|lies|misleading|fanciful|laughable)$/
// What may follow a verdict that closes its clause: a mark, a quote, "and" or "but".
const CLOSERS = /^(?:[,.;:!?"'\u201d\u2019)]|and|but)$/

// Words that may stand between the link and the verdict: "was simply wrong", "are completely untrue".
const DEGREES = new Set([
  'simply',
  'completely',
  'totally',
  'utterly',
  'entirely',
  'plainly',
  'just',
  'quite',
  'absolutely',
  'wholly',
  'also',
  'all',
])

/** How many tokens past its noun a claim and its verdict may run: "claims that Y took money from the fund were wrong". */
const MOST_CLAIM_TOKENS = 40

/**
 * The span from a claim noun to the verdict that denies it, where the sentence around `at` holds one: "claims that
 * Y took money *were wrong*", "the suggestion that Y lied is nonsense". What stands in it is what the speaker
 * denies, not what they charge; the verdict judges the claim, not the one it names.
 * @example deniedClaim(parsed, offset) // { start: <"claims">, end: <"wrong"> }
 */
export function deniedClaim(parsed: ParsedArticle, at: number): Span | undefined {
  const sentence = sentenceAround(parsed, at)
  if (!sentence) return undefined
  const { tokens } = parsed
  const lower = (k: number) => tokens[k]?.text.toLowerCase() ?? ''
  const last = Math.min(sentence.lastToken, tokens.length)
  for (let c = sentence.firstToken; c < last - 3; c++) {
    if (!CLAIMS.test(lower(c)) || lower(c + 1) !== 'that') continue
    // A claim runs a few dozen words at most: the scan stays linear on a long sentence of claims.
    for (let k = c + 3; k < Math.min(last, c + MOST_CLAIM_TOKENS); k++) {
      if (!LINKS.has(lower(k))) continue
      let v = k + 1
      while (v < last && v - k <= 3 && DEGREES.has(lower(v))) v++
      // "are not true" denies as "are untrue" does.
      const notTrue = lower(v) === 'not' && lower(v + 1) === 'true'
      if (!notTrue && !FALSE.test(lower(v))) continue
      const verdict = notTrue ? v + 1 : v
      // The verdict closes its clause: in "the claim that Y was wrong to cut taxes" it is the claim's own words.
      if (verdict + 1 < last && !CLOSERS.test(lower(verdict + 1))) continue
      const claim = tokens[c]
      const end = tokens[verdict]
      if (claim && end) return { start: claim.start, end: end.end }
    }
  }
  return undefined
}

/**
 * Whether each span stands in one claim its sentence denies, past the claim noun: the actor and the judging word of
 * "claims that *Y* took money were *wrong*".
 * @example insideDeniedClaim(parsed, [anchor, evidence]) // true
 */
export function insideDeniedClaim(parsed: ParsedArticle, spans: readonly Span[]): boolean {
  const first = spans[0]
  if (!first) return false
  const denied = deniedClaim(parsed, first.start)
  return denied !== undefined && spans.every((span) => span.start > denied.start && span.end <= denied.end)
}
