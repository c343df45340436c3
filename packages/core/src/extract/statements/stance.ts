import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Stance, Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { NEGATORS, STANCE_CUES, type StanceCue } from './stance-lexicon.ts'

/**
 * Adds a stance where the words make it clear: a stance phrase in the cue or content ("will not tolerate",
 * "are responsible for", "welcomed") and an actor on the phrase's target side that is neither the speaker nor
 * the speaker's own country or organization. Statements without a speaker, negated ones and unclear ones get none.
 * @example attachStance(parsed, statements, anchors, actors) // [{ …, stance: { target: 'country:united-states', polarity: 'oppose' } }]
 */
export function attachStance(
  parsed: ParsedArticle,
  statements: readonly Statement[],
  anchors: readonly Anchor[],
  actors: readonly Actor[],
): Statement[] {
  const affiliation = new Map(actors.map((actor) => [actor.id, actor.affiliation]))
  return statements.map((statement) => {
    if (statement.speaker === null || statement.negated) return statement
    const own = new Set([statement.speaker, affiliation.get(statement.speaker)])
    const stance = findStance(parsed, statement, anchors, own)
    return stance ? { ...statement, stance } : statement
  })
}

function findStance(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  own: ReadonlySet<string | undefined>,
): Stance | undefined {
  const { content, cue } = statement
  const start = Math.min(content.start, cue?.start ?? content.start)
  const end = Math.max(content.end, cue?.end ?? content.end)
  const tokens = tokensWithin(parsed.tokens, start, end)
  const inContent = anchorsWithin(anchors, content.start, content.end)
  // Places are where things happen, not whom a speaker stands against; pronouns are too loose to be targets.
  const targets = inContent.filter(
    (anchor) => !own.has(anchor.actor) && anchor.form !== 'pronoun' && anchor.kind !== 'location',
  )
  if (targets.length === 0) return undefined
  const lower = tokens.map((token) => token.text.toLowerCase())
  for (let i = 0; i < tokens.length; i++) {
    const match = STANCE_CUES.find((stanceCue) => matchesAt(lower, i, stanceCue))
    if (!match) continue
    const first = tokens[i] as Token
    const last = tokens[i + match.words.length - 1] as Token
    const negated = isNegated(lower, i) && !match.words.some((word) => NEGATORS.has(word))
    if (negated && match.polarity !== 'support') continue
    // "terrorist groups in X threaten Y": the phrase belongs to someone the speaker talks about, not to a side.
    if (match.target === 'after' && !speaksForSubject(tokens, lower, i, inContent, content.start)) continue
    const target = pickTarget(targets, first.start, last.end, match.target)
    if (!target) continue
    return {
      target: target.actor,
      polarity: negated ? 'oppose' : match.polarity,
      evidence: { start: first.start, end: last.end },
    }
  }
  return undefined
}

function matchesAt(lower: readonly string[], i: number, stanceCue: StanceCue): boolean {
  return stanceCue.words.every((word, k) => {
    const text = lower[i + k]
    if (text === undefined) return false
    const prefix = stanceCue.prefixes[k]
    return prefix ? text.startsWith(prefix) : text === word
  })
}

function isNegated(lower: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(lower[k] as string)) return true
  return false
}

// Words that may stand between a clause's start and its verb without naming a subject of their own.
const FUNCTION_WORDS = new Set(
  'that the a an it its we i he she they this these us our their his her will would shall should can could may might must has have had is are was were be been do does did not n\'t never also still bitterly strongly firmly fully always only so "'.split(
    ' ',
  ),
)

/**
 * Whether the stance phrase at token i is voiced by the speaker's side: the words before it in the content are
 * only pronouns and auxiliaries ("it has opposed"), or the clause opens with an actor's name ("Hungary opposed").
 * A described group ("terrorist organizations threaten …") voices the phrase itself, not the speaker.
 */
function speaksForSubject(
  tokens: readonly Token[],
  lower: readonly string[],
  i: number,
  inContent: readonly Anchor[],
  contentStart: number,
): boolean {
  let k = 0
  while (k < i && (tokens[k] as Token).start < contentStart) k++
  while (k < i && ['that', 'the', '"', "'"].includes(lower[k] as string)) k++
  const opening = tokens[k]
  const named = (anchor: Anchor) => anchor.start === opening?.start && anchor.form === 'name'
  if (opening && k < i && inContent.some(named)) return true
  for (; k < i; k++) if (!FUNCTION_WORDS.has(lower[k] as string)) return false
  return true
}

/** The actor nearest the phrase on its target side, within the same stretch of content. */
function pickTarget(
  targets: readonly Anchor[],
  start: number,
  end: number,
  side: StanceCue['target'],
): Anchor | undefined {
  if (side === 'after') return targets.find((anchor) => anchor.start >= end)
  return targets.findLast((anchor) => anchor.end <= start)
}

/** The tokens inside [start, end), by binary search. */
function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const low = countStartingBefore(tokens, start)
  let stop = low
  while (stop < tokens.length && (tokens[stop] as Token).end <= end) stop++
  return tokens.slice(low, stop)
}
