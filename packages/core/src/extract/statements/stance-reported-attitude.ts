import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { guessPos } from './pos.ts'
import { isAttitude } from './stance-coordinated.ts'
import { NEGATORS } from './stance-lexicon.ts'
import { isLyAdverb } from './stance-words.ts'

// Helpers and adverbs between a subject and its verb of feeling: "voters *did not* trust", "people *no longer* like".
const BETWEEN = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'longer',
  'still',
  'just',
  'really',
  'simply',
  'always',
  'now',
  'also',
  'even',
  'ever',
])

// Subjects that are other people than the speaker, besides common nouns: "they do not trust", "many dislike".
const OTHERS = new Set([
  'they',
  'many',
  'most',
  'few',
  'some',
  'others',
  'nobody',
  'everyone',
  'everybody',
  'no-one',
])

// Words before a subject that make its clause a relative one: "the leader *that* people trust" praises the leader.
const RELATIVE = new Set(['that', 'who', 'whom', 'which'])

/** How many helpers and adverbs may stand between the subject and the verb. */
const MOST_BETWEEN = 3

/**
 * Whether the judging word that ends `evidence` is a verb of feeling whose subject is other people, not the
 * speaker: "voters did not trust Y", "many people dislike Y" report an attitude the speaker sees, not their own
 * stance. A relative clause ("the one people trust") and the speaker's "I", "we", "he" are left alone.
 * @example reportedAttitude(parsed, evidence) // true for "voters did not *trust*"
 */
export function reportedAttitude(parsed: ParsedArticle, evidence: Span): boolean {
  const { tokens } = parsed
  const verb = countStartingBefore(tokens, evidence.end) - 1
  if (!isAttitude(tokens[verb]?.text.toLowerCase() ?? '')) return false
  let k = verb - 1
  for (let steps = 0; k >= 0 && steps < MOST_BETWEEN; steps++) {
    const lower = (tokens[k]?.text ?? '').toLowerCase()
    if (!BETWEEN.has(lower) && !NEGATORS.has(lower) && !isLyAdverb(lower)) break
    k--
  }
  const subject = tokens[k]
  if (!subject) return false
  if (RELATIVE.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return false
  const lower = subject.text.toLowerCase()
  if (OTHERS.has(lower)) return true
  // A plural common noun: "voters", "people", "residents"; not a name ("Labour trusts").
  return subject.text === lower && /s$|^people$/.test(lower) && guessPos(subject.text, lower, false) === 'N'
}
