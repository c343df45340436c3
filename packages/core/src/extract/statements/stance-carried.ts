import type { ParsedArticle } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorsWithin } from './anchors.ts'
import { guessPos } from './pos.ts'
import { inSetPhrase, judgingSign } from './stance-lexicon.ts'
import { tokensWithin } from './stance-words.ts'

/** How far (in characters) a speaker's next words may follow the words that took a stance, to carry it on. */
const CARRY_REACH = 400

/**
 * Carries an oppose or a blame on to the same speaker's next words that judge without naming anyone: "Ann Vale
 * attacked Labour's plans. 'They are a shambles,' she said." opposes Labour as well. Only right after the words
 * that took the stance (no other statement between, within a few sentences), where the next words name no actor
 * but the speaker's own side and the one opposed, and hold a word of the stance lexicon against whoever it is said of.
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
    const previous = carried[order[k - 1] as number] as Statement
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
    const evidence = againstWord(parsed, statement)
    if (!evidence) continue
    carried[index] = { ...statement, stance: { target: stance.target, polarity: 'oppose', evidence } }
  }
  return carried
}

/** Where a statement's words start, its cue counted: the order the reader meets them in. */
function startOf(statement: Statement | undefined): number {
  return statement ? Math.min(statement.content.start, statement.cue?.start ?? statement.content.start) : 0
}

// Verbs that link a subject to what is said of it ("they were *wrong*"), whose complement judges the subject.
const LINKING = new Set(
  'is are was were be been being am seem seems seemed remains remained became'.split(' '),
)
// Words that may stand between a verb and the head of its object: "tackle *excessive* drinking", "sort out the mess".
const INSIDE_OBJECT = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'out',
  'up',
  'off',
  '"',
  '\u201c',
])

/**
 * Whether the judging word at `k` stands in the object of a verb other than a linking one ("tackle *excessive*
 * drinking", "sort out the *shambles*"): it judges what the verb acts on, not whoever the speaker spoke of.
 */
function objectOfVerb(words: readonly { text: string }[], k: number): boolean {
  const lowerAt = (i: number) => words[i]?.text.toLowerCase() ?? ''
  const tagAt = (i: number) => guessPos(words[i]?.text ?? '', lowerAt(i), i === 0)
  let j = k - 1
  while (j >= 0 && (INSIDE_OBJECT.has(lowerAt(j)) || tagAt(j) === 'J')) j--
  if (j < 0 || LINKING.has(lowerAt(j))) return false
  // A base form after "to" or a modal is a verb whatever its other readings: "to *tackle*", "would *sort* out".
  return VERB_TAGS.has(tagAt(j)) || BEFORE_BASE_VERB.has(lowerAt(j - 1))
}

// Words after which a word is a verb's base form: "to tackle", "would sort".
const BEFORE_BASE_VERB = new Set('to would will can could should must may might'.split(' '))

const VERB_TAGS = new Set(['V', 'VD', 'VN', 'VG'])

const NEGATORS = /^(?:not|no|never|nothing|hardly)$|n['\u2019]t$/
/** How many words before a judging word a negator may stand: "is not a *disgrace*", "never been so *wrong*". */
const NEGATION_REACH = 3

/** The first word of the content that judges against whoever it is said of, outside a set phrase. */
function againstWord(parsed: ParsedArticle, statement: Statement) {
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
    if (objectOfVerb(words, k)) continue
    const token = words[k] as { start: number; end: number }
    return { start: token.start, end: token.end }
  }
  return undefined
}
