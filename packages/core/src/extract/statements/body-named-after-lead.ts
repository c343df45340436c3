import { countStartingBefore } from '../../parse/count-before.ts'
import type { Sentence } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { type Discourse, sentenceIndexAt } from './antecedents.ts'
import { subjectBefore } from './speaker-subject.ts'

// A nameless description of an organisation, optionally with a determiner or an owner: "the country's spending
// watchdog", "an anti-fraud agency", "federal regulators". At most five words before the head, each followed by
// spaces (disjoint classes, bounded repetition).
const DESCRIPTION = /^(?:(a|an|the|its|their)\s+)?((?:[\p{L}'\u2019.-]+\s+){0,5})([\p{L}-]+)$/iu
const POSSESSIVE = /['\u2019]s$/

// Heads of a description of an organisation, singular and plural: the body that the next sentence names.
const BODY_NOUNS: ReadonlySet<string> = new Set(
  [
    'watchdog regulator agency body firm company bank bourse exchange union charity association institute',
    'think-tank carmaker drugmaker lender retailer airline insurer authority commission committee organisation',
    'organization consultancy group',
    'watchdogs regulators agencies bodies firms companies banks unions charities lenders researchers authorities',
  ]
    .join(' ')
    .split(' '),
)
// Words no description of a body holds before its head: a clause's or a phrase's links ("unions at the carmaker").
const LINKS: ReadonlySet<string> = new Set(
  'a an the of at in on for to from with by and or that which who as has have had is was are were'.split(' '),
)
// Words that may stand between the next sentence's start and the body's name as a description of it
// ("Anti-fraud consultancy Retail Decisions said"), none of them a verb or a link.
const DESCRIBING_WORDS = /^\s*(?:(?:the|a|an)\s+)?((?:[\p{L}-]+\s+){0,3})$/iu

/**
 * The organisation a news lead's nameless description stands for, when the next sentence opens with its name as
 * the source of a statement (`sources`: the statements' sources): "Savers are paying too much, the country's
 * banking watchdog has said. The Fair Lending Office said …" is the Fair Lending Office speaking. Only the
 * article's first sentence; the next sentence in the same or the next paragraph; a plural without a determiner
 * ("federal regulators") or a singular with one. A bare plural of people ("analysts") is not a body and stays
 * nameless; a body the next sentence names without having it speak ("The Trade Office is to end the deal") is more
 * often what the lead is about than who spoke.
 * @example bodyNamedAfterLead(discourse, sources, source) // 'organization:fair-lending-office'
 */
export function bodyNamedAfterLead(
  discourse: Discourse,
  sources: readonly Span[],
  source: Span,
): string | undefined {
  const { parsed } = discourse
  const sentences = parsed.sentences
  const lead = countStartingBefore(sentences, parsed.body.start)
  const sentence = sentenceIndexAt(sentences, source.start)
  if (sentence !== lead || !describesBody(parsed.view.slice(source.start, source.end))) return undefined
  const next = sentences[sentence + 1]
  if (!next || next.paragraph - (sentences[sentence] as Sentence).paragraph > 1) return undefined
  const subject = subjectBefore(discourse, next.end)
  // "The Audit Office and the Treasury said": two bodies, of which the lead may mean either.
  if (subject === undefined || subject.partner !== undefined) return undefined
  const { anchor } = subject
  if (anchor.kind !== 'organization' || anchor.form !== 'name') return undefined
  if (!sources.some((other) => other.start <= anchor.start && anchor.end <= other.end)) return undefined
  const before = DESCRIBING_WORDS.exec(parsed.view.slice(next.start, anchor.start))
  if (!before) return undefined
  const words = (before[1] as string).split(/\s+/).filter(Boolean)
  return words.every((word) => !LINKS.has(word.toLowerCase())) ? anchor.actor : undefined
}

/** Whether a source's words describe an organisation without naming it ("the spending watchdog", "regulators"). */
export function describesBody(words: string): boolean {
  const match = DESCRIPTION.exec(words.trim())
  if (!match) return false
  const head = (match[3] as string).toLowerCase()
  if (!BODY_NOUNS.has(head)) return false
  const modifiers = (match[2] as string).trim().split(/\s+/).filter(Boolean)
  if (modifiers.some((word) => LINKS.has(word.toLowerCase()))) return false
  // A capitalised word before the head other than an owner's is a name's: "the Fair Lending Office" is named.
  if (modifiers.some((word) => /^\p{Lu}/u.test(word) && !POSSESSIVE.test(word) && !isAdjectiveOfPlace(word)))
    return false
  // Without a determiner, a singular is a name's start or a headline's word; a plural or an owner's may stand alone.
  return match[1] !== undefined || head.endsWith('s') || modifiers.some((word) => POSSESSIVE.test(word))
}

/** Whether a capitalised word reads as an adjective of place or reach ("European", "pan-European", "US", "UK"). */
function isAdjectiveOfPlace(word: string): boolean {
  return /^(?:pan-)?\p{Lu}\p{L}*(?:an|ese|ish|ic|i)$/u.test(word) || /^(?:US|UK|EU)$/.test(word)
}
