import type { StatementDraft } from './assemble.ts'
import type { StatementContext } from './context.ts'

// Parts of speech (see pos.ts) that open a noun phrase before its head: a determiner, a possessive, a number.
const NOUN_OPENERS = new Set(['D', 'S', 'NUM'])
// The heads of a noun phrase: nouns, names, numbers.
const NOUN_WORDS = new Set(['N', 'P', 'NUM'])
// Possessive pronouns that open a noun phrase ('called her lawyer', 'called his brother').
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])
// What, standing after the object outside a prepositional phrase, judges or names it: a second noun phrase ('called
// climate change a hoax', 'called him Mini Mike'), an adjective or a participle ('called the plan dangerous', 'called
// the charges unsubstantiated'), a pronoun.
const PREDICATE_POS = new Set(['D', 'J', 'VD', 'VN', 'N', 'P', 'NUM', 'PR', 'S'])
const QUOTES = new Set(['"', "'", '“', '‘'])
// The possessive ending as its own token, which the tagger takes for a mark.
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'"])
// Conjunctions that join a second object ('called the citation and the demand a ploy').
const JOINERS = new Set(['and', 'or'])

/**
 * Whether a naming verb's content after it is one object and nothing that judges or names it: a telephone call
 * ('called the police', 'called her lawyer after the crash', 'called the newsdesk asking questions'), or a name given
 * to the noun before the verb ('radio shows, called podcasts.', 'a virus called Bofra is spreading'). 'called the
 * plan dangerous', 'called climate change a hoax', 'called Labour "a machine"' judge, and 'called last week for
 * observers' asks; an object followed by a preposition or a relative clause is left alone ('called the hearing
 * because…', 'called her vote in favour of the war a mistake').
 * @example callsOnlyItsObject(context, draft) // true for "She called the police."
 */
export function callsOnlyItsObject(context: StatementContext, draft: StatementDraft): boolean {
  const { content, cue } = draft
  if (draft.mode !== 'indirect' || content.start < cue.end) return false
  let t = nounPhraseEnd(context, content.start, content.last, true)
  if (t === null) return false
  while (t <= content.last) {
    const word = context.lower(t) ?? ''
    const pos = context.pos(t) ?? ''
    if (word === 'for' || QUOTES.has(word)) return false
    // 'called the police while on his way', '… when she saw the car': a clause of time or reason, no judgement.
    if (SUBORDINATORS.has(word)) return true
    // A noun the tagger takes for a verb ('called climate change a hoax').
    if (pos === 'V') {
      t++
      continue
    }
    // A relative clause or an infinitive may still lead to what the object is called ('the shootings and the unrest
    // that followed a moment…', 'called the band to the stage'): not only an object.
    if (pos === 'W' || pos === 'TO' || word === 'that') return false
    // A prepositional phrase ('in favour of the war') or a second object joined on: part of the object.
    if (pos === 'I' || JOINERS.has(word)) {
      const next = nounPhraseEnd(context, t + 1, content.last, false)
      if (next === null) return true
      t = next
      continue
    }
    return !PREDICATE_POS.has(pos)
  }
  // The same after a content cut short: 'called the band to the stage'; 'called the police while…' is a call.
  return SUBORDINATORS.has(context.lower(t) ?? '') || !LEADS_ON.has(context.pos(t) ?? '')
}

// Conjunctions that open a clause of time after the object ('called the police when she saw the car'): the object is
// all that is called, and nothing names or judges it. A closed class; a clause of reason is left alone ('called the
// hearing because…' may go on to what was said).
const SUBORDINATORS = new Set(['while', 'when', 'whenever', 'before', 'after', 'until', 'once'])

// What may lead from the object to what it is called: a preposition, "to", a relative pronoun.
const LEADS_ON = new Set(['I', 'TO', 'W'])

/**
 * The token after the noun phrase that opens at `start` (a pronoun when `pronoun`; or a determiner or possessive,
 * adjectives, then nouns and names, and after a possessive "'s" the one noun or the name it owns); null when none
 * opens there.
 */
function nounPhraseEnd(
  context: StatementContext,
  start: number,
  last: number,
  pronoun: boolean,
): number | null {
  const { pos, lower } = context
  const first = lower(start) ?? ''
  // 'called her a liar': "her" is the object, not a possessive, when no noun follows it.
  if (pos(start) === 'PR' && !(POSSESSIVES.has(first) && NOUN_WORDS.has(pos(start + 1) ?? ''))) {
    return pronoun ? start + 1 : null
  }
  let t = start
  if (NOUN_OPENERS.has(pos(t) ?? '') || POSSESSIVES.has(first)) t++
  while (t <= last && pos(t) === 'J') t++
  let nouns = 0
  while (t <= last && NOUN_WORDS.has(pos(t) ?? '')) {
    nouns++
    t++
  }
  if (nouns === 0) return null
  // After a possessive, the noun it owns, adjectives before, or a name: 'the county sheriff's office', where
  // 'Tom Reed's budget dodgy' calls the budget something.
  if (pos(t) !== 'S' && !POSSESSIVE_MARKS.has(lower(t) ?? '')) return t
  t++
  while (t <= last && pos(t) === 'J') t++
  if (pos(t) === 'P') {
    while (t <= last && pos(t) === 'P') t++
    return t
  }
  return pos(t) === 'N' ? t + 1 : t
}
