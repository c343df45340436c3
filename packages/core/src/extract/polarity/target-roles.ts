import { guessPos } from '../statements/pos.ts'
import type { TargetedSentence } from './sentence.ts'

/** Tokens that stand in a grammatical relation to the target, found from coarse parts of speech; -1 where none. */
export interface TargetRoles {
  /** The verb or predicate adjective the target is the subject of: "Trump *lied*", "Trump was *wrong*". */
  predicate: number
  /** The noun the target possesses: "Trump's *lies*". */
  possessed: number
  /** The word that governs the target from the left: "*slammed* Trump", "*criticism* of Trump". */
  governor: number
  /** The preposition between the governor and the target, if any: "criticism *of* Trump". */
  preposition: number
}

// Auxiliaries, adverbs and particles that may stand between a subject and its verb.
const BETWEEN_SUBJECT_AND_VERB = new Set(['M', 'R', 'TO'])
const AUXILIARIES = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'not',
  "n't",
  'also',
  'never',
  'then',
])
const PREDICATES = new Set(['V', 'VD', 'VN', 'VG', 'J'])
// What may stand between a governing word and the target on its left: articles, titles and names, adjectives.
const BETWEEN_GOVERNOR_AND_TARGET = new Set(['D', 'J', 'P', 'NUM', 'S'])
const GOVERNORS = new Set(['V', 'VD', 'VN', 'VG', 'N', 'J'])

/**
 * Finds the target's subject predicate, possession and governor with a few words of look-around.
 * @example targetRoles(readSentence('Critics slammed Trump.', { start: 16, end: 21 })).governor // 1
 */
export function targetRoles(sentence: TargetedSentence): TargetRoles {
  const { texts, lower, first, end } = sentence
  const tags = texts.map((text, k) => guessPos(text, lower[k] as string, k === 0))
  const roles: TargetRoles = { predicate: -1, possessed: -1, governor: -1, preposition: -1 }
  if (lower[end] === "'s" || lower[end] === "'") {
    for (let k = end + 1; k < Math.min(lower.length, end + 4); k++) {
      const tag = tags[k] as string
      // After a possessive, a verb-looking word is a noun: "Trump's lies", "Iran's plans".
      if (tag === 'N' || tag === 'V' || tag === 'VG') {
        roles.possessed = k
        break
      }
      if (tag !== 'J' && tag !== 'P') break
    }
  } else {
    for (let k = end; k < Math.min(lower.length, end + 5); k++) {
      const tag = tags[k] as string
      if (PREDICATES.has(tag) && !AUXILIARIES.has(lower[k] as string)) {
        roles.predicate = k
        break
      }
      if (!BETWEEN_SUBJECT_AND_VERB.has(tag) && !AUXILIARIES.has(lower[k] as string)) break
    }
  }
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const tag = tags[k] as string
    if (tag === 'I' || tag === 'TO') {
      if (roles.preposition >= 0) break
      roles.preposition = k
      continue
    }
    if (GOVERNORS.has(tag)) {
      roles.governor = k
      break
    }
    if (!BETWEEN_GOVERNOR_AND_TARGET.has(tag)) break
  }
  return roles
}
