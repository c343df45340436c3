import type { StatementContext } from './context.ts'
import type { Cue } from './cue.ts'

// Nouns of speech that are never verbs of saying: "criticism from consumer groups", "accusations of bias".
const ONLY_NOUNS = new Set([
  'criticism',
  'criticisms',
  'accusation',
  'accusations',
  'announcement',
  'announcements',
  'allegation',
  'allegations',
])

// Words that are a noun of speech or a verb of saying: a noun after a determiner, a possessive, an adjective or
// a preposition ("Trump's vows", "amid calls", "the question of", "sticking points").
const NOUN_OR_VERB = new Set([
  'call',
  'calls',
  'claim',
  'claims',
  'concern',
  'concerns',
  'demand',
  'demands',
  'pledge',
  'pledges',
  'point',
  'points',
  'promise',
  'promises',
  'question',
  'questions',
  'remark',
  'remarks',
  'talk',
  'talks',
  'vow',
  'vows',
  'warning',
  'warnings',
])

// Nouns whose content may follow as a to-infinitive: "his promise to serve", "calls to resign".
const TO_CONTENT = new Set([
  'call',
  'calls',
  'demand',
  'demands',
  'pledge',
  'pledges',
  'promise',
  'promises',
  'vow',
  'vows',
  'warning',
  'warnings',
])

// Parts of speech of a word that puts the next one in a noun phrase (determiner, possessive, adjective,
// preposition, number, a past verb or gerund as in "held talks", "growing concerns"); and pronouns that are possessive ("his", "their").
const NOUN_BEFORE_POS = new Set(['D', 'S', 'J', 'I', 'NUM', 'N', 'VD', 'VN', 'VG'])
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose'])

// A clause whose "that" is left out: "amid claims they were biased", "China's claim it does not want …".
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there'])

/** Whether the head word of a cue stands as a noun: one that is never a verb, or one after a noun's left edge. */
function isNounHead(context: StatementContext, head: number): boolean {
  const word = context.lower(head) ?? ''
  if (ONLY_NOUNS.has(word)) return true
  if (!NOUN_OR_VERB.has(word)) return false
  const before = context.lower(head - 1) ?? ''
  if (POSSESSIVES.has(before) || before === "'s" || before === '’s') return true
  const pos = context.pos(head - 1) ?? '.'
  // A noun before the word is its subject in "Critics say", so only a lower-case noun-modifier counts: "sticking points".
  if (pos === 'N') return context.shape(head - 1) === 'x' && context.lower(head - 1)?.endsWith('ing') === true
  return NOUN_BEFORE_POS.has(pos)
}

/**
 * Whether a cue is a noun of speech with no content after it as speech: "criticism from consumer groups",
 * "the question of", "Trump's vows", "amid calls where …". The noun reports speech only when a clause, a colon, a
 * quote or (for acts of will) a to-infinitive follows it: "criticism that …", "his vow to …".
 * @example isNominalCueWithoutContent(context, cue) // true for "criticism" in "criticism from consumer groups"
 */
export function isNominalCueWithoutContent(context: StatementContext, cue: Cue): boolean {
  const head = nounOf(context, cue)
  if (head < 0 || !isNounHead(context, head)) return false
  const next = context.lower(head + 1) ?? ''
  if (next === 'that' || next === ':' || context.shape(head + 1) === 'q') return false
  if (SUBJECT_PRONOUNS.has(next)) return false
  return !(next === 'to' && TO_CONTENT.has(context.lower(head) ?? ''))
}

/**
 * The cue's noun of speech when the cue is that noun alone, with a determiner before it or prepositions after it
 * ("the question of", "concerns about"), or -1: a verb in the cue makes it the verb's ("voiced concern about",
 * "repeated calls for", "his warning by saying").
 */
function nounOf(context: StatementContext, cue: Cue): number {
  let noun = -1
  for (let t = cue.start; t < cue.end; t++) {
    const word = context.lower(t) ?? ''
    const pos = context.pos(t)
    if (noun < 0 && (ONLY_NOUNS.has(word) || NOUN_OR_VERB.has(word))) noun = t
    else if (noun < 0 ? pos !== 'D' && !POSSESSIVES.has(word) : pos !== 'I') return -1
  }
  return noun
}
