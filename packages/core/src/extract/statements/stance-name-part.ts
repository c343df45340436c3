import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Anchor } from './anchors.ts'

// Words that name what someone is, before their name: "defending champion Ann Vale", "Olympic champions Vale and
// Reed".
const TITLE_WORDS: ReadonlySet<string> = new Set(['champion', 'champions'])

/**
 * Whether the judging word that ends `evidence` is part of a name, and so judges no one: it lies inside an actor's
 * name ("Leeds *United*"), or is capitalized beside another capitalized word mid-sentence ("Vanity *Fair*", "the
 * *Champions* League", "the *Good* Friday Agreement"; not a sentence's or a quote's first word: "Corrupt Labour
 * ministers …"); or it is a title right before a person's name ("defending *champion* Ann Vale").
 * @example partOfName(parsed, anchors, evidence) // true for "United" in "Malcolm Glazer and Leeds United have …"
 */
export function partOfName(parsed: ParsedArticle, anchors: readonly Anchor[], evidence: Span): boolean {
  const { tokens } = parsed
  const at = countStartingBefore(tokens, evidence.end) - 1
  const word = tokens[at]
  if (!word) return false
  const around = anchors[countStartingBefore(anchors, word.end) - 1]
  if (around && around.start <= word.start && around.end >= word.end) return true
  const next = tokens[at + 1]
  if (TITLE_WORDS.has(word.text.toLowerCase()) && next) {
    const named = anchors[countStartingBefore(anchors, next.start + 1) - 1]
    if (named?.start === next.start && named.kind === 'person') return true
  }
  if (!capitalized(word)) return false
  const previous = tokens[at - 1]
  if (previous === undefined || opensSentence(parsed, word)) return false
  return capitalized(previous) || (next !== undefined && capitalized(next))
}

/** Whether a token is a capitalized word. */
function capitalized(token: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token.text)
}

/** Whether a token opens its sentence, or a quote or clause inside it ('"Fair," she said'). */
function opensSentence(parsed: ParsedArticle, token: Token): boolean {
  const sentence = parsed.sentences[countStartingBefore(parsed.sentences, token.start + 1) - 1]
  if (sentence?.start === token.start) return true
  const before = parsed.view.slice(Math.max(0, token.start - 2), token.start)
  return /["'\u201c\u2018:;(]\s*$/.test(before)
}
