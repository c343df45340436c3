import type { StatementContext } from './context.ts'

// Finite forms a sentence's own verb opens with after the phrase a participle describes: "the words written were his".
const FINITE = new Set(
  'is are was were has have had will would can could should may might must does did'.split(' '),
)
// Prepositions of a phrase that tells where, when, by whom or under what ("under the code", "in a written statement").
const PREPOSITIONS = new Set(
  'in on at under by during since before after from for with without to'.split(' '),
)
// Parts of speech (see pos.ts) of a noun phrase after a preposition: "a Commons written statement", "last May".
const NOUN_PHRASE = new Set(['J', 'N', 'P', 'NUM', 'VN'])
// Parts of speech that open a noun phrase: a determiner, a possessive.
const DETERMINERS = new Set(['D', 'S'])
// Words that open a relative clause whose subject the noun phrase is: "what the senators said was…".
const RELATIVES = new Set(['what', 'which', 'that', 'who', 'whom'])
// Days and months, which end a phrase of time.
const DATES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
)
// The most tokens between the participle and the sentence's own verb.
const LONGEST_REACH = 10

/**
 * Whether a cue's word is a past participle that describes the noun phrase before it, the sentence's own verb coming
 * after it and its phrases ("the words written were his", "only two of the licences denied under the ban would…",
 * "the new rules, revealed in a written statement, will…"): a reduced relative names a thing said or refused, no
 * one saying it. "The firm denied the claims were true" has no finite verb right after phrases and stays.
 * @example describesANoun(context, draft.cue.start, first) // true for "written" in "the words written were his"
 */
export function describesANoun(context: StatementContext, start: number, first: number): boolean {
  if (first !== start) return false
  const pos = context.pos(first)
  if (pos !== 'VN' && pos !== 'VD') return false
  const sentence = context.sentenceOf[first]
  let before = first - 1
  const commaBefore = context.lower(before) === ','
  if (commaBefore) before--
  if (context.pos(before) !== 'N' || context.sentenceOf[before] !== sentence) return false
  // The noun is a common one set in a phrase with a determiner: "the words", "the new arrangements"; after a
  // relative word it is the subject of a clause of saying ("what the senators said was a tax").
  const opener = phraseStart(context, before)
  if (opener === -1 || RELATIVES.has(context.lower(opener - 1) ?? '')) return false
  return finiteAfter(context, first + 1, commaBefore)
}

/** The determiner that opens the noun phrase ending at `noun`, three words back at most; -1 for none. */
function phraseStart(context: StatementContext, noun: number): number {
  for (let t = noun - 1; t >= noun - 3 && t >= 0; t--) {
    const pos = context.pos(t) ?? ''
    if (DETERMINERS.has(pos)) return t
    if (pos !== 'J' && pos !== 'N' && pos !== 'NUM') return -1
  }
  return -1
}

/**
 * Whether, from `t`, prepositional phrases only lead to a finite verb; an aside opened by a comma must close with one.
 */
function finiteAfter(context: StatementContext, t: number, inAside: boolean): boolean {
  const sentence = context.sentenceOf[t - 1]
  const end = t + LONGEST_REACH
  let closed = !inAside
  while (t < end && context.sentenceOf[t] === sentence) {
    const word = context.lower(t) ?? ''
    if (FINITE.has(word)) return closed
    if (word === ',' && !closed) {
      closed = true
      t++
      continue
    }
    if (!PREPOSITIONS.has(word)) return false
    const phrase = ++t
    // A determiner opens the phrase only: "on Monday the pool was…" starts a clause after the phrase.
    if (DETERMINERS.has(context.pos(t) ?? '')) t++
    t = phraseEnd(context, t, end)
    if (t === phrase) return false
  }
  return false
}

/**
 * The token after a noun phrase opened at `t`: modifiers, then one head noun or one run of names. A second bare noun
 * opens a clause ("said in a statement officers had…", "said under the deal shareholders would…"), and so does a
 * noun after a name or a day ("said on Friday Ann Lee was…").
 */
function phraseEnd(context: StatementContext, t: number, end: number): number {
  while (t < end && NOUN_PHRASE.has(context.pos(t) ?? '')) {
    const pos = context.pos(t)
    if (pos === 'N' || DATES.has(context.lower(t) ?? '')) return t + 1
    if (pos === 'P') {
      while (t < end && context.pos(t) === 'P') t++
      return t
    }
    t++
  }
  return t
}
