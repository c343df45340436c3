import { countStartingBefore } from '../../parse/count-before.ts'
import type { Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { anchorsWithin } from './anchors.ts'
import { type Discourse, type EarlierSpeaker, sentenceIndexAt } from './antecedents.ts'
import { isDocumentNoun } from './source-document.ts'
import { opensSentence, subjectBefore } from './speaker-subject.ts'

// A writing named by a common noun and nothing else: "the report", "a new survey", "The latest study".
const BARE_WRITING =
  /^(the|a|an|this|its|their)\s+(?:(?:new|latest|recent|annual|full|final|original|same)\s+)?(\p{L}+)$/iu
// Bodies that write: an organization or a group, not a country or a person.
const WRITING_KINDS: ReadonlySet<string> = new Set(['organization', 'group'])
// How many sentences before a bare writing the body that spoke for it may lie.
const SPOKE_WITHIN = 2

/**
 * The body a writing speaks for when the text names no author beside it: the body that spoke just before, with no
 * person speaking between ("The CIPS said exports fell. The survey added …"), or the body that opens the sentence
 * after the writing's first mention ("Fewer adults read, a report says. The Vale Audit Office found …").
 * @example bodyOfWriting(discourse, source, earlier) // 'organization:vale-audit-office'
 */
export function bodyOfWriting(
  discourse: Discourse,
  source: Span,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { parsed } = discourse
  const match = BARE_WRITING.exec(parsed.view.slice(source.start, source.end).trim())
  const noun = match?.[2]
  if (!match || !noun || !isDocumentNoun(noun)) return undefined
  // "a survey" is a writing not met before: no body that just spoke is taken to have made it.
  const definite = !/^an?$/i.test(match[1] as string)
  return (
    (definite ? bodyThatSpokeBefore(discourse, source.start, earlier) : undefined) ??
    bodyAfterFirstMention(discourse, noun, source)
  )
}

/** The body that spoke last, in this sentence or the two before, with no person speaking after it. */
function bodyThatSpokeBefore(
  discourse: Discourse,
  at: number,
  earlier: readonly EarlierSpeaker[],
): string | undefined {
  const { sentences } = discourse.parsed
  const sentence = sentenceIndexAt(sentences, at)
  const last = earlier.at(-1)
  if (!last || last.at >= at || sentence - sentenceIndexAt(sentences, last.at) > SPOKE_WITHIN)
    return undefined
  // "A BBC spokeswoman said … The report said": a body's spokesperson answers a writing, it did not write it.
  if (last.voice) return undefined
  return WRITING_KINDS.has(discourse.actors.get(last.actor)?.kind ?? '') ? last.actor : undefined
}

/**
 * "Fewer adults read, a report says. The Vale Audit Office praised …": the body that opens the sentence right after
 * the lead, when the lead gives the writing's words as "a report" of no one yet.
 */
function bodyAfterFirstMention(discourse: Discourse, noun: string, source: Span): string | undefined {
  const { parsed } = discourse
  const { tokens, sentences } = parsed
  const lower = noun.toLowerCase()
  let first: Token | undefined
  for (let t = 0; t < tokens.length && (tokens[t] as Token).start < source.end; t++) {
    const token = tokens[t] as Token
    if (token.text.toLowerCase() !== lower) continue
    first = token
    break
  }
  if (!first) return undefined
  // The first mention is "a report" or "a new report", a writing not yet tied to anyone.
  const at = countStartingBefore(tokens, first.start)
  const before = tokens[at - 1]?.text.toLowerCase()
  const article = before === 'new' || before === 'recent' ? tokens[at - 2]?.text.toLowerCase() : before
  if (article !== 'a' && article !== 'an') return undefined
  // Only the lead's writing: "Fewer adults read, a report says." opens the text, and the next sentence sources it.
  const lead = countStartingBefore(sentences, parsed.body.start)
  const sentence = sentenceIndexAt(sentences, first.start)
  if (sentence !== lead) return undefined
  const next = sentences[sentence + 1]
  if (!next) return undefined
  const subject = subjectBefore(discourse, next.end)
  if (!subject || !opensSentence(discourse, subject.anchor) || subject.anchor.form !== 'name')
    return undefined
  if (!WRITING_KINDS.has(subject.anchor.kind)) return undefined
  // "The Vale Audit Office praised …" names one body only: a second body before it is the subject's own.
  if (anchorsWithin(discourse.anchors, next.start, subject.anchor.start).length > 0) return undefined
  return subject.anchor.actor
}
