import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { judgedSubject, pointsBack } from './stance-judged-subject.ts'
import { inSetPhrase, judgingSign } from './stance-lexicon.ts'
import { tokensWithin } from './stance-words.ts'

/** How far (in characters) a speaker's next words may follow the words that took a stance, to carry it on. */
const CARRY_REACH = 400

/**
 * Carries an oppose or a blame, as an oppose, on to the same speaker's next words that judge what they point back
 * to: "Ann Vale attacked Labour's plans. 'They are a shambles,' she said." opposes Labour as well. Only right after
 * the words that took the stance themselves (no other statement between, within a few sentences; a carried stance
 * is not carried again), where the next words name no actor but the speaker's own side and the one opposed, and
 * hold a word of the stance lexicon against a subject that is a pronoun, a phrase like "their plans", or the one
 * opposed: "Crime is a disgrace" judges crime, not Labour.
 * @example carryStances(parsed, statements, anchors, own) // the second statement gets { target: 'organization:labour-party', polarity: 'oppose' }
 */
export function carryStances(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  own: (speaker: string) => ReadonlySet<string | undefined>,
): Statement[] {
  const order = statements
    .map((_, index) => index)
    .sort((a, b) => startOf(statements[a]) - startOf(statements[b]))
  const carried = [...statements]
  for (let k = 1; k < order.length; k++) {
    // Read from the statements as found, so that a carried stance does not carry on down the article.
    const previous = statements[order[k - 1] as number] as Statement
    const index = order[k] as number
    const statement = carried[index] as Statement
    const { stance } = previous
    if (statement.stance || statement.negated || statement.speaker === null) continue
    if (!stance || (stance.polarity !== 'oppose' && stance.polarity !== 'blame')) continue
    if (previous.speaker !== statement.speaker) continue
    if (statement.content.start - previous.content.end > CARRY_REACH) continue
    const sides = own(statement.speaker)
    const named = anchorsWithin(anchors, statement.content.start, statement.content.end).filter(
      (anchor) =>
        anchor.kind !== 'location' &&
        !sides.has(anchor.actor) &&
        anchor.actor !== statement.speaker &&
        anchor.actor !== stance.target,
    )
    if (named.length > 0) continue
    const evidence = againstWord(parsed, statement, (from, to) =>
      anchors.some((anchor) => anchor.actor === stance.target && anchor.start < to && anchor.end > from),
    )
    if (!evidence) continue
    carried[index] = { ...statement, stance: { target: stance.target, polarity: 'oppose', evidence } }
  }
  return carried
}

/** Where a statement's words start, its cue counted: the order the reader meets them in. */
function startOf(statement: Statement | undefined): number {
  return statement ? Math.min(statement.content.start, statement.cue?.start ?? statement.content.start) : 0
}

const NEGATORS = /^(?:not|no|never|nothing|hardly)$|n['\u2019]t$/
/** How many words before a judging word a negator may stand: "is not a *disgrace*", "never been so *wrong*". */
const NEGATION_REACH = 3

/**
 * The first word of the content that judges against its subject, outside a set phrase, where the subject points
 * back or `namesOpposed` holds of its offsets.
 */
function againstWord(
  parsed: ParsedArticle,
  statement: Statement,
  namesOpposed: (start: number, end: number) => boolean,
) {
  const words = tokensWithin(parsed.tokens, statement.content.start, statement.content.end)
  for (let k = 0; k < words.length; k++) {
    const lower = (words[k] as { text: string }).text.toLowerCase()
    if (judgingSign(lower) !== -1) continue
    const before = words[k - 1]?.text.toLowerCase() ?? ''
    const after = words[k + 1]?.text.toLowerCase() ?? ''
    if (inSetPhrase(before, lower, after)) continue
    // "not a failure", "no disgrace": a denied judgment is none.
    const denied = words
      .slice(Math.max(0, k - NEGATION_REACH), k)
      .some((word) => NEGATORS.test(word.text.toLowerCase()))
    if (denied) continue
    const subject = judgedSubject(words, k)
    if (!subject) continue
    const [from, head] = subject
    const span = { start: words[from]?.start ?? 0, end: words[head]?.end ?? 0 }
    if (!pointsBack(words, subject) && !namesOpposed(span.start, span.end)) continue
    const token = words[k] as { start: number; end: number }
    return { start: token.start, end: token.end }
  }
  return undefined
}
