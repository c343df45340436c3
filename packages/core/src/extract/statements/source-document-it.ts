import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { sentenceIndexAt } from './antecedents.ts'
import { isDocumentNoun } from './source-document.ts'

// Words that open a noun phrase naming one writing: "The report", "a short statement", "its annual review".
const DETERMINERS = /^(?:the|a|an|this|that|its|their|his|her|our)$/i
// Conjunctions that may open a sentence before its subject: "But a short statement …", "And it said …".
const OPENERS = /^(?:but|and|yet)$/i
// How many words may lie between the determiner and the writing's noun: "A National Audit Office report".
const REACH = 5
// The possessive mark after an owner's name, as its own token: "Ann Vale 's statement".
const POSSESSIVE = /^['\u2019]s?$/

/** The sentence before from its subject on, and that subject up to the writing's noun ("A Vale Audit report"). */
export type OpeningWriting = { writing: Span; head: Span }

/**
 * The sentence before an "it" that opens its sentence, from its subject on, when that subject is a writing ("The
 * report is published by the Vale Unit. It says …", "But a short statement was given in a written answer. It said
 * …"): "it" is the writing, and speaks for whoever wrote it. Undefined when "it" does not open its sentence or the
 * sentence before does not open with a writing (a second determiner or a mark before the noun ends the phrase).
 * @example writingOpeningBefore(parsed, source) // { writing: "The report is … Vale Unit", head: "The report" }
 */
export function writingOpeningBefore(parsed: ParsedArticle, source: Span): OpeningWriting | undefined {
  const { tokens, sentences } = parsed
  const index = sentenceIndexAt(sentences, source.start)
  const sentence = sentences[index]
  const before = sentences[index - 1]
  if (!sentence || !before) return undefined
  const at = countStartingBefore(tokens, source.start)
  const opening = skipOpener(tokens, sentence.firstToken)
  if (at !== opening) return undefined
  const first = skipOpener(tokens, before.firstToken)
  // "Ann Vale's statement said: … It added …": a name that owns the writing may stand for the determiner.
  const owned = !DETERMINERS.test(tokens[first]?.text ?? '')
  if (owned && !/^\p{Lu}/u.test(tokens[first]?.text ?? '')) return undefined
  let possessive = false
  for (let t = first + 1; t < before.lastToken && t - first <= REACH; t++) {
    const word = (tokens[t] as Token).text
    if (POSSESSIVE.test(word) || /\p{L}['\u2019]s$/u.test(word)) {
      possessive = true
      continue
    }
    if (isDocumentNoun(word)) {
      if (owned && !possessive) return undefined
      const last = tokens[before.lastToken - 1] as Token
      const end = /^[.!?]$/.test(last.text) ? (tokens[before.lastToken - 2] as Token).end : last.end
      const start = (tokens[first] as Token).start
      return { writing: { start, end }, head: { start, end: (tokens[t] as Token).end } }
    }
    if (!/^[\p{L}\d][\p{L}\d'\u2019-]*$/u.test(word) || /^(?:the|a|an)$/i.test(word)) return undefined
  }
  return undefined
}

/** The first token of a sentence past an opening conjunction. */
function skipOpener(tokens: readonly Token[], first: number): number {
  return OPENERS.test(tokens[first]?.text ?? '') ? first + 1 : first
}
