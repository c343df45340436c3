import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'

// Nouns for others' words that can follow a preposition: "amid claims that …", "despite union warnings that …".
const CLAIM_NOUNS = new Set(
  'claims accusations allegations suggestions rumours rumors warnings complaints criticism criticisms'.split(
    ' ',
  ),
)
// Prepositions that set such a noun apart from the clause's subject: "Ann Vale quit amid claims …".
const PREPOSITIONS = new Set(['amid', 'amidst', 'despite', 'following', 'over', 'against'])
// How many words may modify the noun: "amid fresh opposition claims", "amid Vale Party claims".
const MODIFIERS = 3
// Owners the noun may have that are pronouns, whose claims this stage does not settle: "amid his claims".
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your'])

/** Who makes a claim set off by a preposition: the actor named among its modifiers, or no one named. */
export type ClaimOwner = { speaker: string | null; source: Span | null }

/**
 * The owner of a claim noun that a preposition sets apart from the sentence's subject: in "Tom Reed defended the
 * tax amid Vale Party claims that it hurts pensioners" the claims are the Vale Party's, and in "… amid claims that
 * …" or "… amid opposition claims that …" they are no one's the text names — never Tom Reed's, whose source the
 * cue shares. Undefined when the source does not reach back over the preposition (it is already the modifier), when
 * the noun has an owner after it ("claims by Ann Vale") or a pronoun for one ("amid his claims").
 * @example ownerOfClaimAfterPreposition(parsed, anchors, statement) // { speaker: null, source: null }
 */
export function ownerOfClaimAfterPreposition(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  statement: Statement,
): ClaimOwner | undefined {
  const { source, cue } = statement
  if (!source || !cue) return undefined
  const { tokens } = parsed
  const last = countStartingBefore(tokens, cue.end) - 1
  const noun = tokens[last]
  if (!noun || noun.start !== cue.start || !CLAIM_NOUNS.has(noun.text.toLowerCase())) return undefined
  const after = tokens[last + 1]?.text.toLowerCase()
  if (after === 'by' || after === 'from' || after === 'of') return undefined
  let at = last - 1
  while (at >= 0 && last - at <= MODIFIERS && !PREPOSITIONS.has((tokens[at] as Token).text.toLowerCase()))
    at--
  const preposition = tokens[at]
  if (!preposition || !PREPOSITIONS.has(preposition.text.toLowerCase())) return undefined
  if (source.start >= preposition.end) return undefined
  const modifiers = tokens.slice(at + 1, last)
  if (modifiers.some((token) => !/^[\p{L}'\u2019-]+$/u.test(token.text))) return undefined
  if (modifiers.some((token) => POSSESSIVES.has(token.text.toLowerCase()))) return undefined
  const first = modifiers[0]
  if (!first) return { speaker: null, source: null }
  const span = { start: first.start, end: (modifiers.at(-1) as Token).end }
  const named = anchorsWithin(anchors, span.start, span.end).find(
    (anchor) => anchor.form === 'name' && anchor.kind !== 'location',
  )
  return { speaker: named?.actor ?? null, source: span }
}
