import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { type Discourse, sentenceIndexAt } from './antecedents.ts'
import { subjectBefore } from './speaker-subject.ts'

// A legal action named by its noun alone: "the lawsuit", "The suit", "the class-action complaint".
const BARE_ACTION =
  /^(?:the|this|that)\s+(?:(?:class-action|civil|federal|legal|latest|original)\s+)?(?:lawsuit|suit|complaint|writ|petition|legal\s+action)$/i
// Verbs that bring an action: "Ann Vale is suing the firm", "Vexco sued its rival".
const SUE = /^su(?:e|es|ed|ing)$/i
// Verbs that bring an action named after them: "filed a lawsuit", "lodged a complaint", "brought a suit".
const FILE = /^(?:file|files|filed|filing|lodge|lodges|lodged|lodging|bring|brings|brought|bringing)$/i
const ACTION_NOUN = /^(?:lawsuit|suit|complaint|writ|petition|action)$/i
// How many tokens after "filed" its action noun may lie: "filed a class-action lawsuit".
const FILE_REACH = 4
// Words between the one who sues and the verb: "Ann Vale is now suing", "Vexco has also sued".
const BETWEEN: ReadonlySet<string> = new Set(
  'is are was were has have had will would also now already then to plans plan planned decided'.split(' '),
)
// At most this many such words: "Vexco has now also decided to sue".
const BETWEEN_REACH = 5
// Words that make "sued" passive: the one sued is its subject, the one suing comes after "by".
const PASSIVE = /^(?:is|are|was|were|been|being|be)$/i
// Someone the text does not name who sues: "A Leeds woman is suing", "Two former staff sued".
const NAMELESS_SUER =
  /^(?:an?|one|two|three|four|five|several|some)\s+(?:[\p{L}-]+\s+){0,4}?(?:is|are|was|were|has|have|had)?\s*(?:also\s+|now\s+)?$/iu
// The kinds of actor that bring an action.
const SUER_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'group'])
// How far back (in characters) the sentence that brings the action may lie.
const LOOK_BACK = 3000

/**
 * Who speaks through a legal action named by its noun alone ("The lawsuit said …", "according to the complaint"): the
 * one the text says sued or filed it before ("Ann Vale is suing Vexco …"; "Vexco was sued by Ann Vale"). Null (a
 * nameless one: "A Leeds woman is suing …") when whoever brought it is not named; undefined when the source is no
 * bare action, no one is said to have brought one, or two different parties are ("can't tell").
 * @example lawsuitBringer(discourse, source) // 'person:ann-vale'
 */
export function lawsuitBringer(discourse: Discourse, source: Span): string | null | undefined {
  const { parsed } = discourse
  if (!BARE_ACTION.test(parsed.view.slice(source.start, source.end).trim())) return undefined
  const { tokens } = parsed
  const from = countStartingBefore(tokens, Math.max(0, source.start - LOOK_BACK))
  const to = countStartingBefore(tokens, source.start)
  const found = new Set<string | null>()
  for (let t = from; t < to; t++) {
    const token = tokens[t] as Token
    if (SUE.test(token.text)) {
      const bringer =
        token.text.toLowerCase() === 'sued' && PASSIVE.test(tokens[t - 1]?.text ?? '')
          ? agentAfterBy(discourse, t)
          : subjectOf(discourse, token)
      if (bringer !== undefined) found.add(bringer)
    } else if (FILE.test(token.text) && bringsAction(tokens, t, to)) {
      const bringer = subjectOf(discourse, token)
      if (bringer !== undefined) found.add(bringer)
    }
  }
  return found.size === 1 ? [...found][0] : undefined
}

/** Whether an action noun follows a filing verb closely: "filed a lawsuit", "lodged a formal complaint". */
function bringsAction(tokens: readonly Token[], verb: number, end: number): boolean {
  for (let t = verb + 1; t <= Math.min(verb + FILE_REACH, end - 1); t++)
    if (ACTION_NOUN.test((tokens[t] as Token).text)) return true
  return false
}

/** The named person or body right before a verb as its subject, null for a nameless one, undefined otherwise. */
function subjectOf(discourse: Discourse, verb: Token): string | null | undefined {
  const { parsed } = discourse
  const subject = subjectBefore(discourse, verb.start)
  if (
    subject &&
    subject.anchor.form === 'name' &&
    SUER_KINDS.has(subject.anchor.kind) &&
    onlyAuxiliaries(parsed.view.slice(subject.anchor.end, verb.start))
  )
    return subject.anchor.actor
  const sentence = parsed.sentences[sentenceIndexAt(parsed.sentences, verb.start)]
  if (!sentence) return undefined
  return NAMELESS_SUER.test(parsed.view.slice(sentence.start, verb.start)) ? null : undefined
}

/** The named person or body after "by" that follows a passive "sued": "Vexco was sued by Ann Vale". */
function agentAfterBy(discourse: Discourse, verb: number): string | undefined {
  const { parsed, anchors } = discourse
  const by = parsed.tokens[verb + 1]
  if (by?.text.toLowerCase() !== 'by') return undefined
  const next = anchors[countStartingBefore(anchors, by.end)]
  if (next?.form !== 'name' || !SUER_KINDS.has(next.kind)) return undefined
  return /^\s+(?:the\s+)?$/i.test(parsed.view.slice(by.end, next.start)) ? next.actor : undefined
}

/** Whether the words between a subject and its verb are only auxiliaries and adverbs of time ("has now"). */
function onlyAuxiliaries(between: string): boolean {
  if (between.length > 60 || !/^\s/.test(between)) return false
  const words = between.trim() === '' ? [] : between.trim().split(/\s+/)
  return words.length <= BETWEEN_REACH && words.every((word) => BETWEEN.has(word.toLowerCase()))
}
