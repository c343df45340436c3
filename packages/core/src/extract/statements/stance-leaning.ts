import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { guessPos } from './pos.ts'
import { namesOther } from './stance-modifier.ts'
import { opposeLean } from './stance-oppose-lean.ts'
import { canTarget, type Sides } from './stance-sides.ts'
import { tokensWithin } from './stance-words.ts'

/** How far the learned polarity must lean toward negative, over neutral and positive, with no judging word. */
const OPPOSE_LEAN = 4

/** How many of a content's actors are asked. */
const MOST_CANDIDATES = 3

/**
 * The opposition the learned polarity alone shows toward an actor that opens a clause of the speaker's words as its
 * subject, where it leans far past neutral and positive: one camp judging another in words no lexicon lists ("Y is
 * counting on the politics of fear", "Y's claims are hollow"). The speaker must speak for a known camp (a party, an
 * organization) and the target stand outside it: a journalist's or a bystander's gloomy sentence about someone is
 * more often a fact reported ("Y was arrested", "Y felt he had lost trust"). Only names and titles are asked, never
 * a place or the country the article is set in, and only as the subject of a verb (or a possessive): what the
 * subject does to an actor further in is the subject's tone, not the speaker's toward that actor. Praise is left to
 * the judging words: the model reads a rival's "knows perfectly well" as praise. The evidence is the speaker's words
 * in the sentence that names the target. The gate, a lean of 4, was chosen on fresh BBC politics articles and the
 * tune gold: lower, it takes a minister's words about his own government and forecasts.
 */
export function leaningStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  sides: Sides,
): Stance | undefined {
  if (sides.camp === undefined) return undefined
  const { content } = statement
  let best: Stance | undefined
  let bestLean = OPPOSE_LEAN
  const candidates = anchorsWithin(anchors, content.start, content.end)
    .filter(
      (anchor) =>
        (anchor.form === 'name' || anchor.form === 'title') &&
        anchor.actor !== sides.home &&
        canTarget(anchor, 'oppose', sides, true) &&
        sides.campOf?.(anchor.actor) !== sides.camp &&
        !namesOther(parsed, anchor),
    )
    .slice(0, MOST_CANDIDATES)
    .filter((anchor) => opensClause(parsed, anchor, content) && actsAsSubject(parsed, anchor, content))
  for (const anchor of candidates) {
    const leaning = opposeLean(parsed, content, anchor)
    if (!leaning || leaning.lean < bestLean) continue
    best = { target: anchor.actor, polarity: 'oppose', evidence: leaning.scope }
    bestLean = leaning.lean
  }
  return best
}

// Words a clause may open with before its subject: "but the government …", "while the Tories …", "that Labour …".
const OPENERS = new Set('that but and while whereas so yet the mr mrs ms dr " \' \u201c \u2018'.split(' '))
// Marks that close one clause and open the next: "…; Labour", "…: the Tories".
const BOUNDARIES = new Set([';', ':'])

/**
 * Whether only opening words ("but", "while", "the") stand between the actor and the content's start or a clause
 * mark. An actor further in ("ignoring a Y judgement", "attacking Y", "my country, Y") is what the subject acts on or
 * a word about it.
 */
function opensClause(parsed: ParsedArticle, anchor: Anchor, content: Span): boolean {
  const before = tokensWithin(parsed.tokens, content.start, anchor.start)
  for (let k = before.length - 1; k >= 0; k--) {
    const word = (before[k] as Token).text.toLowerCase()
    if (BOUNDARIES.has(word)) return true
    if (!OPENERS.has(word)) return false
  }
  return true
}

// Verbs that report another's view of the subject: "Y was reported to be", "Y is said to have".
const HEARSAY = new Set(['reported', 'said', 'thought', 'believed', 'rumoured', 'alleged', 'understood'])
// Parts of speech of a verb right after its subject (guessPos): a verb, its past or participle, a modal.
const VERBS = new Set(['V', 'VD', 'VN', 'M'])

/**
 * Whether a verb follows the actor, or a possessive does ("Y's claims are hollow"), and no word of hearsay within
 * the next three ("Y had been reported to be less keen"): "Y cards are" names a thing, "Y, and" lists.
 */
function actsAsSubject(parsed: ParsedArticle, anchor: Anchor, content: Span): boolean {
  const after = tokensWithin(parsed.tokens, anchor.end, content.end).slice(0, 4)
  const next = after[0]
  if (!next) return false
  if (after.some((token) => HEARSAY.has(token.text.toLowerCase()))) return false
  const lower = next.text.toLowerCase()
  return lower === "'s" || lower === '\u2019s' || VERBS.has(guessPos(next.text, lower, false))
}
