import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'

// Nouns after a demonym that make it the state acting: its forces and arms ("Israeli warplanes", "Russian troops")
// and its armed acts ("the Russian invasion", "Israeli strikes"). Not its people, press or firms ("Russian
// voters", "Israeli media"), who do not act for the state. Written by hand; general English of war reporting.
const STATE_ACTING =
  /^(?:forces|troops|army|armies|military|soldiers|navy|air|warplanes?|jets|drones?|tanks|missiles?|artillery|police|security|assaults?|attacks?|strikes?|airstrikes?|air-strikes?|bombing|bombings|bombardments?|shelling|raids?|offensives?|operations?|aggression|invasion|incursions?|occupation|blockade|siege|fire|gunfire)$/

/**
 * Whether a demonym stands for its country acting as a state: "*Israeli* warplanes", "the *Russian* invasion".
 * Such a demonym can be a stance's target as the country's name can ("the Russian invasion has killed
 * thousands" opposes Russia); "Russian voters" cannot.
 * @example actsAsState(parsed, { form: 'demonym', … }) // true in "killed by Israeli warplanes"
 */
export function actsAsState(parsed: ParsedArticle, anchor: Anchor): boolean {
  if (anchor.form !== 'demonym' || anchor.kind !== 'country') return false
  const next = parsed.tokens[countStartingBefore(parsed.tokens, anchor.end)]
  return next !== undefined && next.start - anchor.end <= 1 && STATE_ACTING.test(next.text.toLowerCase())
}
