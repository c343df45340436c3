import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle } from '../../parse/document.ts'
import type { Anchor } from './anchors.ts'

// Nouns after a demonym that make it the state acting: its forces and arms ("Israeli warplanes", "Russian troops")
// and its armed acts ("the Russian invasion", "Israeli strikes"). Not its people, press or firms ("Russian
// voters", "Israeli media"), who do not act for the state. Written by hand; general English of war reporting.
const STATE_ACTING =
  /^(?:forces|troops|army|armies|military|soldiers|navy|air|warplanes?|jets|drones?|tanks|missiles?|artillery|police|security|assaults?|attacks?|strikes?|airstrikes?|air-strikes?|bombing|bombings|bombardments?|shelling|raids?|offensives?|operations?|aggression|invasion|incursions?|occupation|blockade|siege|fire|gunfire)$/

// A country's words for its government, when the actors stage links them to the country: the state acting.
const GOVERNMENT_WORDS =
  /^(?:the\s+)?(?:government|ministers|downing\s+street|no\.?\s*10|number\s+10|whitehall|white\s+house|kremlin)$/i

/**
 * Whether a country's anchor stands for it acting as a state: a demonym before its forces or armed acts
 * ("*Israeli* warplanes", "the *Russian* invasion"), or its government's words ("the government", "ministers",
 * "Downing Street"). Such an anchor can be a stance's target even in the country an article is set in ("the Russian
 * invasion has killed thousands" opposes Russia; "the government's decision was a betrayal" opposes it); "Russian
 * voters" cannot.
 * @example actsAsState(parsed, { form: 'demonym', … }) // true in "killed by Israeli warplanes"
 */
export function actsAsState(parsed: ParsedArticle, anchor: Anchor): boolean {
  if (anchor.kind !== 'country') return false
  if (GOVERNMENT_WORDS.test(parsed.view.slice(anchor.start, anchor.end))) return true
  if (anchor.form !== 'demonym') return false
  const next = parsed.tokens[countStartingBefore(parsed.tokens, anchor.end)]
  return next !== undefined && next.start - anchor.end <= 1 && STATE_ACTING.test(next.text.toLowerCase())
}
