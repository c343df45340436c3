import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { isTitleWord } from './stance-object.ts'
import { canTarget, type Sides } from './stance-sides.ts'

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

/**
 * The one asked to do an act a demand names, from the token after the demand verb: "called for the resignation of
 * Y", "demanded an apology from Y", "called for Y's resignation". Undefined when the words after the verb name no
 * such act, or its doer is no actor the speaker may demand of.
 * @example actDemandedOf(parsed, anchors, after, sides) // "called for the resignation of Tom Reed" → Tom Reed
 */
export function actDemandedOf(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  from: number,
  sides: Sides,
): Anchor | undefined {
  const { tokens } = parsed
  let k = from
  while (k < tokens.length && OPENERS.has(lower(tokens[k]))) k++
  const act = lower(tokens[k])
  const marker = ACTS_OF.test(act)
    ? 'of'
    : ACTS_FROM.test(act)
      ? 'from'
      : ACTS_BY.test(act)
        ? 'by'
        : undefined
  if (marker !== undefined && lower(tokens[k + 1]) === marker) return doerAfter(parsed, anchors, k + 2, sides)
  // "called for Y's resignation": the actor owns the act right after its possessive.
  const opening = tokens[from]?.start
  if (opening === undefined) return undefined
  const owner = anchorsWithin(anchors, opening, opening + DOER_SPAN)[0]
  if (!owner || !canTarget(owner, 'demand', sides, true)) return undefined
  const t = countStartingBefore(tokens, owner.end)
  if (!/^['\u2019]s?$/.test(tokens[t]?.text ?? '')) return undefined
  for (let j = from; j < countStartingBefore(tokens, owner.start); j++)
    if (!OPENERS.has(lower(tokens[j])) && !/^\p{Lu}/u.test(tokens[j]?.text ?? '')) return undefined
  let next = t + 1
  while (next < tokens.length && OPENERS.has(lower(tokens[next]))) next++
  return ACTS_OF.test(lower(tokens[next])) || ACTS_FROM.test(lower(tokens[next])) ? owner : undefined
}

/** The actor that does the act, past an article and title words: "of the home secretary, Tom Reed". */
function doerAfter(
  parsed: ParsedArticle,
  anchors: readonly Anchor[],
  from: number,
  sides: Sides,
): Anchor | undefined {
  const { tokens } = parsed
  const start = tokens[from]?.start
  if (start === undefined) return undefined
  const anchor = anchorsWithin(anchors, start, start + DOER_SPAN)[0]
  if (!anchor || !canTarget(anchor, 'demand', sides, true)) return undefined
  if (countStartingBefore(tokens, anchor.start) - from > DOER_REACH) return undefined
  // "an apology from Y's leader": the act is another's, whom Y has.
  if (/^['\u2019]s?$/.test(tokens[countStartingBefore(tokens, anchor.end)]?.text ?? '')) return undefined
  for (let j = from; j < countStartingBefore(tokens, anchor.start); j++) {
    const word = tokens[j] as Token
    if (
      lower(word) !== 'the' &&
      lower(word) !== ',' &&
      !isTitleWord(lower(word)) &&
      // "by the information commissioner Tom Reed": a word that qualifies the title right after it.
      !(/^\p{Ll}+$/u.test(word.text) && isTitleWord(lower(tokens[j + 1]))) &&
      !/^\p{Lu}/u.test(word.text)
    )
      return undefined
  }
  return anchor
}

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? ''
