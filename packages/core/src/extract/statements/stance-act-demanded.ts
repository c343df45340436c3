import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { isTitleWord } from './stance-object.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { sumGivenFrom } from './stance-sum-given.ts'

// Acts one does oneself, whose doer follows "of": "the resignation of Y", "the withdrawal of Y's troops" is not
// one ("of" then names a thing).
const ACTS_OF = /^(?:resignations?|departure|retirement|withdrawal)$/

// Acts one gives, whose giver follows "from": "an apology from Y", "an explanation from Y".
const ACTS_FROM = /^(?:apolog(?:y|ies)|explanations?|assurances?|clarification)$/

// Inquiries one is asked to hold, whose holder follows "by": "an investigation by Y", "an inquiry by Y into …".
const ACTS_BY = /^(?:investigations?|inquiry|inquiries|enquiry|review|probe)$/

// Words that may open the act's noun phrase: "the resignation", "an immediate apology", "a full explanation".
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'immediate',
  'full',
  'public',
  'prompt',
  'swift',
  'formal',
  'personal',
])

/** How many tokens past "of" or "from" a title may run before its actor: "the resignation of the home secretary". */
const DOER_REACH = 4

/** How many characters past its first word an act's doer may end: a long name after a title. */
const DOER_SPAN = 80

/** Where a demand's doer is looked for: the article, its anchors, the sides, and the end of the content. */
export interface DemandScope {
  readonly parsed: ParsedArticle
  readonly anchors: readonly Anchor[]
  readonly sides: Sides
  /** The content's end: a doer past it is not asked anything ("called for an inquiry by MPs, Mr Reed said"). */
  readonly end: number
}

/**
 * The one asked to do an act a demand names, from the token after the demand verb: "called for the resignation of
 * Y", "demanded an apology from Y", "called for Y's resignation". Undefined when the words after the verb name no
 * such act, or its doer is no actor the speaker may demand of.
 * @example actDemandedOf(scope, after) // "called for the resignation of Tom Reed" → Tom Reed
 */
export function actDemandedOf(scope: DemandScope, from: number): Anchor | undefined {
  const { tokens } = scope.parsed
  let k = from
  while (k < tokens.length && OPENERS.has(lower(tokens[k]))) k++
  // "asking for about $320m from Y", "sought more aid from Y": a sum or help, whose giver follows "from".
  const giver = sumGivenFrom(tokens, k)
  if (giver !== undefined) return doerAfter(scope, giver + 1)
  const act = lower(tokens[k])
  const marker = ACTS_OF.test(act)
    ? 'of'
    : ACTS_FROM.test(act)
      ? 'from'
      : ACTS_BY.test(act)
        ? 'by'
        : undefined
  if (marker !== undefined && lower(tokens[k + 1]) === marker) return doerAfter(scope, k + 2)
  // "called for Y's resignation": the actor owns the act right after its possessive.
  const owner = firstDoer(scope, from)
  if (!owner) return undefined
  const t = countStartingBefore(tokens, owner.end)
  if (!isPossessive(tokens[t])) return undefined
  for (let j = from; j < countStartingBefore(tokens, owner.start); j++)
    if (!OPENERS.has(lower(tokens[j])) && !/^\p{Lu}/u.test(tokens[j]?.text ?? '')) return undefined
  let next = t + 1
  while (next < tokens.length && OPENERS.has(lower(tokens[next]))) next++
  return ACTS_OF.test(lower(tokens[next])) || ACTS_FROM.test(lower(tokens[next])) ? owner : undefined
}

/** The first actor from token `from` to the content's end, a short way on, when the speaker may demand of it. */
function firstDoer({ parsed, anchors, sides, end }: DemandScope, from: number): Anchor | undefined {
  const start = parsed.tokens[from]?.start
  if (start === undefined) return undefined
  const anchor = anchorsWithin(anchors, start, Math.min(end, start + DOER_SPAN))[0]
  return anchor && canTarget(anchor, 'demand', sides, true) ? anchor : undefined
}

/**
 * The actor that does the act, past an article and a title: "of the home secretary, Tom Reed", "by the Labour
 * leader Tom Reed". A comma may follow a title word only, and another word may stand only in a title run.
 */
function doerAfter(scope: DemandScope, from: number): Anchor | undefined {
  const { tokens } = scope.parsed
  const anchor = firstDoer(scope, from)
  if (!anchor) return undefined
  const first = countStartingBefore(tokens, anchor.start)
  if (first - from > DOER_REACH) return undefined
  // "an apology from Y's leader": the act is another's, whom Y has.
  if (isPossessive(tokens[countStartingBefore(tokens, anchor.end)])) return undefined
  // Whether the words from j + 1 to the actor run into a title word: "the *ethics* commissioner", "the *Labour*
  // leader"; not "by *Friday*, Tom Reed".
  let titleAhead = false
  for (let j = first - 1; j >= from; j--) {
    const word = tokens[j] as Token
    const text = lower(word)
    const title = isTitleWord(text)
    const fits =
      text === 'the' ||
      title ||
      (text === ',' && isTitleWord(lower(tokens[j - 1]))) ||
      (titleAhead && /^\p{L}/u.test(word.text))
    if (!fits) return undefined
    titleAhead = title || (titleAhead && /^\p{Lu}/u.test(word.text))
  }
  return anchor
}

/** Whether a token is the possessive "'s" or a bare apostrophe after a plural. */
const isPossessive = (token: Token | undefined) => /^['\u2019]s?$/.test(token?.text ?? '')

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? ''
