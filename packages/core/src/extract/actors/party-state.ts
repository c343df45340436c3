// A US member's party and state as news sets it beside the name ("R-N.C.", "D-NY", "R-Calif."): a label, not an actor.
const PARTY_STATE = /^[DRI]-[A-Z][A-Za-z.]{1,5}$/

/**
 * Whether a word is a party-and-state label, in brackets or not.
 * @example isPartyStateTag('(R-Calif.)') // true
 */
export function isPartyStateTag(word: string): boolean {
  return PARTY_STATE.test(word.startsWith('(') && word.endsWith(')') ? word.slice(1, -1) : word)
}
