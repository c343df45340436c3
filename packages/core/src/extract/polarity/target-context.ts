import { negationScope } from './negation.ts'
import type { TargetedSentence } from './sentence.ts'
import { type TargetRoles, targetRoles } from './target-roles.ts'

/** What the hashed and the dense features both read of a sentence besides its words, found once. */
export interface TargetContext {
  /** Which tokens stand in a negation's scope. */
  negated: Uint8Array
  /** The words in a grammatical relation to the target. */
  roles: TargetRoles
}

/**
 * The negation scope of a sentence and the roles around its target.
 * @example readTargetContext(readSentence('Critics slammed Trump.', { start: 16, end: 21 })).roles.governor // 1
 */
export function readTargetContext(sentence: TargetedSentence): TargetContext {
  return { negated: negationScope(sentence.lower), roles: targetRoles(sentence) }
}
