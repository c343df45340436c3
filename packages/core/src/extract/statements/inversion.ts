import { ROLE_HEAD_SET } from '../../data/actors/roles.ts'
import type { StatementContext } from './context.ts'
import type { Cue, TokenWindow } from './cue.ts'
import { isMakerParticiple, joinsDescription } from './described-by-maker.ts'
import { shapeOf } from './shape.ts'
import { VERB_POS } from './verb-pos.ts'

// What ends the words after an inverted cue: the sentence's end, or the comma of an aside ("said Ann Lee, an analyst").
const AFTER_SPEAKER = new Set([',', '.', ';', '!', '?', '"', "'"])

// Words that may stand inside a name that follows an inverted cue: "said the head of the Roper Center".
const NAME_GLUE = new Set(['of', 'the', 'for', 'and', "'s", 'de', 'van', 'von', 'la', 'a', 'an', '.', '-'])

/**
 * Whether the cue is inverted after its content ("…, said Batchelder." / "'…,' said the senator." / "…, says a
 * study."): a comma or closing quote before it, and after it only a name (capitalised words, a title with "the") or a
 * speaker described in common nouns, up to a comma or the end of the window. The content of such a cue lies before it,
 * or around it: 'before' when a described speaker ends the sentence (", says a study."), 'around' when a name
 * follows or an aside goes on ("As a result, says the report, the plan…"), null when the cue is not inverted.
 * @example invertedBy(context, cue, window) // 'around' for ", said Mr. Kamin.", 'before' for ", says a study."
 */
export function invertedBy(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): 'around' | 'before' | null {
  const before = context.lower(cue.start - 1)
  if (cue.start <= window.from || (before !== ',' && before !== '"' && before !== "'")) return null
  // "Tom Reed, who ran the club, said Ann Lee "should go"": the name after the cue is what the subject said.
  if (nameFollows(context, cue, window)) return closesRelativeAside(context, cue.start - 1) ? null : 'around'
  // After a closing quote ('"…," said an aide. "…"') the quote may go on after the speaker: the spans decide.
  if (before !== ',') return null
  return describedSpeakerEnds(context, cue, window)
}

/** Whether only a name follows the cue (capitalised words, a title with "the"), up to a mark or the window's end. */
function nameFollows(context: StatementContext, cue: Cue, window: TokenWindow): boolean {
  const { lower, tokens } = context
  let names = 0
  for (let t = cue.end; t < window.to; t++) {
    const word = lower(t) as string
    if (AFTER_SPEAKER.has(word)) break
    const shape = shapeOf(tokens[t]?.text ?? '')
    if (shape === 'Xx' || shape === 'X') names++
    else if (!NAME_GLUE.has(word) && !(t === cue.end && (word === 'the' || word === 'a'))) return false
    if (t - cue.end > 8) return false
  }
  return names > 0
}

// Parts of speech (see pos.ts) a speaker described in common nouns is made of: "a study", "market analysts
// Chart-Track", "a report by telecoms giant BT", "certified personal trainer Sergio Pedemonte".
const DESCRIPTION_POS = new Set(['D', 'J', 'N', 'P', 'NUM', 'S'])
// Participles and gerunds that modify the next noun of a description: "certified trainer", "monitoring company".
const MODIFIER_POS = new Set(['VD', 'VN', 'VG'])
// Prepositions inside such a description: "a panel of industry experts", "a report by BT", "an analyst at Numis".
const DESCRIPTION_PREPOSITIONS = new Set(['of', 'by', 'at', 'for', 'from', 'in'])
// Where a description ends: the sentence's end, or a comma before an aside about the speaker.
const DESCRIPTION_ENDS = new Set([',', '.', ';', '!', '?'])
// What opens that aside: a noun phrase or "who" ("said the report, the highest total", "said a panel, which met…");
// not a conjunction or a verb, which go on with the subject's acts ("He paused, said a prayer, and left").
const ASIDE_OPENERS = new Set(['D', 'N', 'P', 'NUM', 'W'])
/** Verbs of saying that a described speaker follows: "…, says a study", "…, warns the magazine". */
export const INVERTING: ReadonlySet<string> = new Set(
  'say says said add adds added warn warns warned argue argues argued suggest suggests suggested predict predicts predicted report reports reported claim claims claimed note notes noted conclude concludes concluded insist insists insisted explain explains explained write writes wrote'.split(
    ' ',
  ),
)
const LONGEST_DESCRIPTION = 12
// How many tokens an aside after the sentence's subject may hold ('the shadow education secretary').
const LONGEST_APPOSITIVE = 12
// A paper and who made it may run longer: "said the leaflet published by the Crown Office and the Union of Chief …".
const LONGEST_MADE_DESCRIPTION = 20
// The marks of a possessive, as the tokenizer gives them.
const POSSESSIVES = new Set(["'s", '’s', "'", '’'])
// Plurals for people who speak as a group that stand alone after the cue: "…, said officials.", "…, say experts.";
// not any plural ("He knelt, said prayers.").
const LONE_SPEAKERS = new Set(
  'officials analysts experts sources witnesses critics observers diplomats police residents aides insiders economists investigators researchers scientists campaigners organisers organizers reports'.split(
    ' ',
  ),
)

/**
 * Where the content lies when a speaker described in common nouns follows a verb of saying that inverts, a noun in it
 * and no verb: 'before' when it ends the sentence (", says a study.", ", warns network monitoring company
 * Sandvine."), 'around' when an aside follows it; null when no such speaker follows. One word ("said nothing")
 * describes no one unless it is a plural for people who speak ("…, said officials."); a comma followed by a
 * conjunction or a verb ends an object, not a speaker, unless a name ends the description ('before': "…, says
 * pharmacist Ann Lee, as long as…"); a paper may take who made it ("…, said the leaflet published by the police (PO)
 * and the council"); and a comma that closes an aside after the sentence's subject ("Ann Lee, an analyst, says prices
 * rise") leaves the cue's subject before it.
 */
function describedSpeakerEnds(
  context: StatementContext,
  cue: Cue,
  window: TokenWindow,
): 'around' | 'before' | null {
  if (cue.end - cue.start !== 1 || !INVERTING.has(context.lower(cue.start) ?? '')) return null
  if (closesSubjectAside(context, cue.start - 1)) return null
  let words = 0
  let nouns = 0
  let longest = LONGEST_DESCRIPTION
  let t = cue.end
  for (; t < window.to; t++) {
    const word = context.lower(t) as string
    if (DESCRIPTION_ENDS.has(word)) break
    // "…, said a senior aide who asked not to be named.": the relative clause is about the speaker.
    if (RELATIVE_OPENERS.has(word) && words >= 2 && nouns > 0) return relativeClauseEnds(context, cue, t)
    // "…, said the firm's chief executive.": a possessive's mark stays inside the description.
    if (POSSESSIVES.has(word) && words > 0) continue
    if (!context.isWord[t]) {
      if (word === '-' || (words > 0 && joinsDescription(context, t))) continue
      return null
    }
    if (!inDescription(context, t, words) && !(words > 0 && joinsDescription(context, t))) return null
    const pos = context.pos(t) ?? ''
    // A role the tagger reads as an adjective ("the chief executive") is the description's noun.
    if (pos === 'N' || pos === 'P' || isSpeakingHead(word)) nouns++
    if (words > 0 && isMakerParticiple(context, t)) longest = LONGEST_MADE_DESCRIPTION
    words++
    if (words > longest) return null
  }
  if (nouns === 0 || (words < 2 && !(words === 1 && LONE_SPEAKERS.has(context.lower(cue.end) ?? ''))))
    return null
  if (context.lower(t) !== ',') return 'before'
  // "…, said the report, the highest total.", "As a result, says the report, the plan will…": the spans decide.
  if (ASIDE_OPENERS.has(context.pos(t + 1) ?? '')) return 'around'
  // "…, says pharmacist Ann Lee, as long as…": a described speaker that ends in a name is one, whatever follows.
  return words >= 2 && context.pos(t - 1) === 'P' ? 'before' : null
}

// Words that open a relative clause about a described speaker: "said an official who was briefed on the talks".
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'that'])
// Nouns of a body or a paper that may speak, before "which" or "that": "says a study which …", "warned a charity that …".
const SPEAKING_BODIES = new Set(
  'study report survey poll analysis review paper panel group charity union firm company agency committee council commission board campaign body organisation organization institute center centre think-tank bank court'.split(
    ' ',
  ),
)

/** Whether a lower-case noun may head a speaker described in common nouns: a role ("aide") or a body ("study"). */
export function isSpeakingHead(word: string): boolean {
  return SPEAKING_BODIES.has(word) || ROLE_HEAD_SET.has(word)
}

/**
 * Where the content lies when a relative clause at `opener` ends a described speaker: null when the noun before it is
 * no speaker ("He paused, said a prayer which his mother taught him": "which" and "that" need a role or a body, such
 * as "an aide" or "a study"), or when the words before the cue hold no verb ("The plan, said an aide who saw it, was
 * dropped": the clause's end is not marked); else 'before', the clause running to the sentence's end, commas and all
 * ("…, said an official who, like others, asked not to be named").
 */
function relativeClauseEnds(context: StatementContext, cue: Cue, opener: number): 'before' | null {
  const head = context.lower(opener - 1) ?? ''
  const opens = context.lower(opener)
  if ((opens === 'which' || opens === 'that') && !isSpeakingHead(head)) return null
  if (opens !== 'which' && opens !== 'that' && context.pos(opener - 1) !== 'N') return null
  const sentence = context.sentenceOf[opener]
  for (let t = cue.start - 1; t >= 0 && context.sentenceOf[t] === sentence; t--)
    if (VERB_POS.has(context.pos(t) ?? '')) return 'before'
  return null
}

/** Whether token `t`, the description's word number `index`, may stand in a described speaker. */
function inDescription(context: StatementContext, t: number, index: number): boolean {
  const pos = context.pos(t) ?? ''
  if (DESCRIPTION_POS.has(pos)) return true
  if (pos === 'I') return index > 0 && DESCRIPTION_PREPOSITIONS.has(context.lower(t) ?? '')
  // "…, said the leaflet published jointly by the police": who made the paper that speaks.
  if (index > 0 && isMakerParticiple(context, t)) return true
  const next = context.pos(t + 1) ?? ''
  return MODIFIER_POS.has(pos) && (next === 'N' || next === 'J' || next === 'P')
}

// What may open a sentence before its subject: "But Ann Lee, an analyst, said…".
const OPENERS = new Set(['C', 'R'])
// What ends a subject before its aside: a name, a noun or a pronoun.
const SUBJECT_ENDS = new Set(['N', 'P', 'PR'])
// What closes a phrase that is not a subject: "In addition, …", "By 2025, …".
const NOT_A_SUBJECT = new Set(['I', 'TO', 'W'])

/**
 * Whether the comma at `comma` closes an aside set off after the sentence's subject ("Ann Lee, an analyst, says…"):
 * the words before the sentence's first comma hold no verb, do not open with a preposition ("In addition, …") and end
 * in a name, a noun or a pronoun, and that first comma is not this one.
 */
function closesSubjectAside(context: StatementContext, comma: number): boolean {
  const sentence = context.sentenceOf[comma]
  let start = comma
  while (start > 0 && context.sentenceOf[start - 1] === sentence) start--
  while (start < comma && OPENERS.has(context.pos(start) ?? '')) start++
  if (NOT_A_SUBJECT.has(context.pos(start) ?? '')) return false
  let first = start
  while (first < comma && context.lower(first) !== ',') {
    if (VERB_POS.has(context.pos(first) ?? '')) return false
    first++
  }
  return first < comma && first > start && SUBJECT_ENDS.has(context.pos(first - 1) ?? '')
}

/**
 * Whether the cue follows the comma that closes a "who" clause set off after the sentence's subject: what was said
 * lies after the cue ("Tom Reed, who ran the club, said Ann Lee was right"), never in the subject before it.
 */
export function closesSubjectWhoClause(context: StatementContext, cue: Cue): boolean {
  return cue.start > 0 && context.lower(cue.start - 1) === ',' && closesRelativeAside(context, cue.start - 1)
}

/**
 * Whether the cue follows the comma that closes an aside set off after the sentence's subject: what was said lies
 * after the cue ("Ann Lee, the club's coach, said last week the team was ready"), never in the subject and its aside.
 */
export function closesSubjectAppositive(context: StatementContext, cue: Cue): boolean {
  const comma = cue.start - 1
  if (comma < 1 || context.lower(comma) !== ',' || !closesSubjectAside(context, comma)) return false
  // The aside, from the comma after the subject, is a noun phrase: words and no verb ('KENT, UK — Prices rose to a
  // new, higher level, according to …' is a place line and a clause, not a subject and its aside).
  for (let t = comma - 1; t > 0 && comma - t <= LONGEST_APPOSITIVE; t--) {
    if (context.lower(t) === ',') return isFirstComma(context, t)
    if (VERB_POS.has(context.pos(t) ?? '') || !context.isWord[t]) return false
  }
  return false
}

/** Whether the comma at `comma` is its sentence's first. */
function isFirstComma(context: StatementContext, comma: number): boolean {
  const sentence = context.sentenceOf[comma]
  for (let t = comma - 1; t >= 0 && context.sentenceOf[t] === sentence; t--)
    if (context.lower(t) === ',') return false
  return true
}

/**
 * Whether the comma at `comma` closes a "who" clause set off right after a name that the sentence, or its part after
 * an opening comma ("However, Tom Reed, who …,"), opens with: that name is the subject of the verb after the comma,
 * so a name after the verb is what was said, not who said it ("Tom Reed, who ran the club, said Ann Lee erred").
 */
function closesRelativeAside(context: StatementContext, comma: number): boolean {
  const sentence = context.sentenceOf[comma]
  let open = comma - 1
  while (open > 0 && context.sentenceOf[open] === sentence && context.lower(open) !== ',') open--
  if (context.lower(open) !== ',' || context.lower(open + 1) !== 'who') return false
  let start = open - 1
  while (start > 0 && context.sentenceOf[start - 1] === sentence && context.lower(start - 1) !== ',') start--
  for (let t = start; t < open; t++) if (VERB_POS.has(context.pos(t) ?? '')) return false
  return open > start && context.pos(open - 1) === 'P'
}
