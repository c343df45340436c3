import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Statement } from '../../schemas/statement.ts'
import { type Anchor, anchorEndingAt } from './anchors.ts'
import { contentPartTokens, withReadAnchors } from './stance-words.ts'

// What an actor does that the article names again by "the" alone: "Tory plans" … "the plans would fail".
const ACT_NOUNS =
  /^(?:plans?|proposals?|decisions?|polic(?:y|ies)|bills?|moves?|schemes?|cuts|bans?|reforms?|crackdown|measures|legislation|strateg(?:y|ies))$/

// Words that point back at a thing named before: "the plans", "these policies".
const POINTING = /^(?:the|this|these|those)$/

// Words that may stand between an owner's possessive and its act: "Labour's new policy".
const MODIFIER = /^[\p{Ll}-]+$/u
const NOT_MODIFIER =
  /^(?:the|a|an|and|or|but|of|to|in|on|for|by|with|from|at|as|that|which|who|is|are|was|were|be|been|has|have|had|will|would|not|its|their|his|her|this|these|those)$/

// How many modifiers may stand between an owner and its act.
const MOST_MODIFIERS = 2

// Verbs by which an actor issues an act: "Labour unveiled plans", "plans announced by Labour".
const ISSUING =
  /^(?:unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|outlin(?:e|es|ed|ing)|publish(?:es|ed|ing)?|launch(?:es|ed|ing)?|introduc(?:e|es|ed|ing)|tabled)$/

// Particles of the two-word verbs of issuing: "set out", "put forward", "drawn up".
const PARTICLE = /^(?:out|forward|up)$/

// Words between an issuing verb and its act: "unveiled *its* plans".
const DETERMINER = /^(?:its|their|his|her|the|a|an)$/

// Auxiliaries between an owner and an issuing verb: "Labour *has* unveiled".
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|today|yesterday|also)$/

// Possessive endings as the tokenizer splits them: "Labour|'s".
const POSSESSIVE = /^['\u2019]s?$/

/**
 * The anchors a stance may target, with "the ACT" in the content ("the plans", "these policies") read as the one
 * actor the article showed owning that act before ("Tory plans", "Labour's policy", "plans by Labour to …").
 * Where no owner or two different owners were shown, or the one owner is the speaker's own side, "the plans" is
 * left alone. `read` holds the starts of the phrases read here, which target as names do.
 * @example actOwnerTargets(parsed, statement, anchors, own).read // Set { 40 } for "the plans" → Conservatives
 */
export function actOwnerTargets(
  parsed: ParsedArticle,
  statement: Statement,
  anchors: readonly Anchor[],
  own: ReadonlySet<string | undefined>,
): { anchors: readonly Anchor[]; read: ReadonlySet<number> } {
  const none = { anchors, read: new Set<number>() }
  if (statement.speaker === null) return none
  const { tokens } = parsed
  const added: Anchor[] = []
  for (const token of contentPartTokens(tokens, statement)) {
    const k = countStartingBefore(tokens, token.start)
    const noun = tokens[k + 1]
    if (!POINTING.test(token.text.toLowerCase()) || noun === undefined || !ACT_NOUNS.test(noun.text)) continue
    // The owner named right there ("the plans of Labour", "the plans by Labour") is the other stages' to read.
    if (/^(?:of|by)$/.test(tokens[k + 2]?.text ?? '')) continue
    const owner = onlyOwner(tokens, anchors, k)
    if (owner === undefined || own.has(owner.actor)) continue
    added.push({ ...owner, start: token.start, end: noun.end, form: 'pronoun' })
  }
  if (added.length === 0) return none
  return withReadAnchors(anchors, added)
}

/** The one actor shown owning the act at token `k + 1` before token `k`, undefined where none or several are. */
function onlyOwner(tokens: readonly Token[], anchors: readonly Anchor[], k: number): Anchor | undefined {
  const stem = stemOf((tokens[k + 1] as Token).text)
  const owners = new Map<string, Anchor>()
  for (const i of actsByStem(tokens).get(stem) ?? []) {
    if (i >= k) break
    for (const owner of ownersAt(tokens, anchors, i)) owners.set(owner.actor, owner)
  }
  return owners.size === 1 ? [...owners.values()][0] : undefined
}

/**
 * The actors shown owning the act at token `i`: "Labour's (new) plans", "Tory plans", "Labour unveiled its plans",
 * "plans (unveiled) by Labour".
 */
function ownersAt(tokens: readonly Token[], anchors: readonly Anchor[], i: number): Anchor[] {
  const ends = [possessorEnd(tokens, i), issuerEnd(tokens, i)]
  const found = ends.flatMap((end) => {
    const owner = end === undefined ? undefined : ownerEndingAt(anchors, end)
    return owner ? [owner] : []
  })
  const by = agentStart(tokens, i)
  const owner = by === undefined ? undefined : anchors.find((anchor) => anchor.start <= by && anchor.end > by)
  if (owner && fitsOwner(owner)) found.push(owner)
  return found
}

/** Where an owner before the act at token `i` ends: "Labour|'s new plans", "Tory| plans". */
function possessorEnd(tokens: readonly Token[], i: number): number | undefined {
  let j = i - 1
  for (let m = 0; m < MOST_MODIFIERS && j >= 0 && isModifier(tokens[j] as Token); m++) j--
  const before = tokens[j]
  if (before === undefined) return undefined
  // Modifiers only after a possessive: in "the Tories say plans …" the word between is a verb.
  if (POSSESSIVE.test(before.text)) return tokens[j - 1]?.end
  return j === i - 1 ? before.end : undefined
}

/** Where the subject of a verb of issuing the act at token `i` ends: "Labour| has unveiled its new plans". */
function issuerEnd(tokens: readonly Token[], i: number): number | undefined {
  let j = i - 1
  for (let m = 0; m <= MOST_MODIFIERS && j >= 0; m++) {
    const word = tokens[j] as Token
    if (ISSUING.test(word.text)) break
    if (!DETERMINER.test(word.text.toLowerCase()) && !isModifier(word)) return undefined
    j--
  }
  if (!ISSUING.test(tokens[j]?.text ?? '')) return undefined
  j--
  while (j >= 0 && AUXILIARY.test((tokens[j] as Token).text.toLowerCase())) j--
  return tokens[j]?.end
}

/** Where the agent after the act at token `i` starts: "plans by Labour", "plans unveiled by the Tories". */
function agentStart(tokens: readonly Token[], i: number): number | undefined {
  let j = i + 1
  if (ISSUING.test(tokens[j]?.text ?? '')) j++
  else if (/^(?:set|put|drawn)$/.test(tokens[j]?.text ?? '') && PARTICLE.test(tokens[j + 1]?.text ?? ''))
    j += 2
  if (tokens[j]?.text !== 'by') return undefined
  const next = tokens[j + 1]?.text.toLowerCase() === 'the' ? tokens[j + 2] : tokens[j + 1]
  return next?.start
}

/** Whether a token may modify an act before it: "new", "asylum", "policing". */
function isModifier(token: Token): boolean {
  return MODIFIER.test(token.text) && !NOT_MODIFIER.test(token.text)
}

/** The anchor of an actor that can own an act, ending at an offset. */
function ownerEndingAt(anchors: readonly Anchor[], end: number): Anchor | undefined {
  return anchorEndingAt(anchors, end, fitsOwner)
}

/** Whether an anchor names an actor that can own an act: by name, title or demonym, never a place. */
function fitsOwner(anchor: Anchor): boolean {
  return anchor.form !== 'pronoun' && anchor.form !== 'descriptor' && anchor.kind !== 'location'
}

// The stems of the act nouns ("cut" too: "cuts" names it).
const ACT_STEMS = new Set([
  'plan',
  'proposal',
  'decision',
  'policy',
  'bill',
  'move',
  'scheme',
  'cut',
  'ban',
  'reform',
  'crackdown',
  'measure',
  'legislation',
  'strategy',
])

// Each article's act nouns by stem, in token order: one pass, not one per "the plans" of each statement.
const actIndex = new WeakMap<readonly Token[], Map<string, number[]>>()

/** The indexes of the tokens of each act noun's stem ("plan": every "plan", "Plans", "plans"), in order. */
function actsByStem(tokens: readonly Token[]): Map<string, number[]> {
  let index = actIndex.get(tokens)
  if (index === undefined) {
    index = new Map()
    for (let i = 0; i < tokens.length; i++) {
      const stem = stemOf((tokens[i] as Token).text)
      if (!ACT_STEMS.has(stem)) continue
      const list = index.get(stem)
      if (list === undefined) index.set(stem, [i])
      else list.push(i)
    }
    actIndex.set(tokens, index)
  }
  return index
}

/** A noun without its plural ending, so that "plan" and "plans", "policy" and "policies" match. */
function stemOf(word: string): string {
  const lower = word.toLowerCase()
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/, '')
}
