import { countStartingBefore } from '../../parse/count-before.ts'
import type { ParsedArticle, Token } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import type { Statement } from '../../schemas/statement.ts'

// Cues whose object is the one spoken to: "told BBC News", "tells the Times".
const TELLING = /^(?:told|tells?|telling|informed|informs)$/i
// Passive telling: the subject is the one told or urged ("the BBC was told", "Mr Blair was being urged to…").
const PASSIVE_TELLING =
  /\b(?:was|were|been|being|is|are|be|get|got|getting)\s+(?:told|informed|urged|asked|advised|reminded|assured|pressed)$/i
// Tokens that end the clause before a cue: the subject of "told" lies after the last of them.
// Words that open a clause without naming anyone: "But told BBC News:" has no subject of its own.
const CONJUNCTIONS = new Set(['but', 'and', 'or', 'so', 'yet', 'then', 'also'])
const CLAUSE_BREAKS = new Set([',', ':', ';', '"', "'", '(', ')', '-', '--', '.'])

/** Where a statement's speaker is, when its source is the audience rather than the speaker. */
export type AudienceFix = { kind: 'subject'; source: Span | null } | { kind: 'passive' } | { kind: 'none' }

/**
 * Tells whether a source names whom the words were said to: after "told" ("a Labour spokesman told BBC News:")
 * the speaker is the subject before the cue, not the publication after it; in "the BBC was told" or "after being
 * told" the one named is the audience and the speaker goes unnamed.
 * @example audienceOf(parsed, statement) // { kind: 'subject', source: { start: 40, end: 58 } }
 */
export function audienceOf(parsed: ParsedArticle, statement: Statement): AudienceFix {
  const { source, cue } = statement
  if (!source || !cue) return { kind: 'none' }
  const cueWords = parsed.view.slice(cue.start, cue.end)
  const before = parsed.view.slice(Math.max(0, cue.start - 12), cue.start)
  if (PASSIVE_TELLING.test(cueWords) || (TELLING.test(cueWords) && PASSIVE_TELLING.test(`${before}told`)))
    return source.end <= cue.start ? { kind: 'passive' } : { kind: 'none' }
  const lastWord = /[A-Za-z]+$/.exec(cueWords)?.[0] ?? ''
  if (TELLING.test(lastWord) && source.start >= cue.end)
    return { kind: 'subject', source: subjectBefore(parsed, cue.start) }
  // "a spokesman told BBC News:", the colon taken as the cue: the words before "told" name the speaker.
  const { tokens } = parsed
  const first = countStartingBefore(tokens, source.start)
  if (TELLING.test(tokens[first - 1]?.text ?? ''))
    return { kind: 'subject', source: subjectBefore(parsed, (tokens[first - 1] as Token).start) }
  // "He told BBC Radio 4's Today" taken as the source: the speaker is before "told".
  for (let i = first + 1; i < tokens.length && (tokens[i] as Token).end <= source.end; i++) {
    if (TELLING.test((tokens[i] as Token).text))
      return { kind: 'subject', source: subjectBefore(parsed, (tokens[i] as Token).start) }
  }
  return { kind: 'none' }
}

/** The words between the start of the cue's clause and the cue, or null when there are none. */
function subjectBefore(parsed: ParsedArticle, at: number): Span | null {
  const { tokens, sentences } = parsed
  const sentence = sentences[countStartingBefore(sentences, at + 1) - 1]
  const floor = sentence?.start ?? 0
  let first = countStartingBefore(tokens, at)
  while (first > 0) {
    const token = tokens[first - 1] as Token
    if (token.start < floor || CLAUSE_BREAKS.has(token.text)) break
    first--
  }
  const last = countStartingBefore(tokens, at) - 1
  if (last < first) return null
  const words = tokens
    .slice(first, last + 1)
    .filter((token) => /[\p{L}\p{N}]/u.test(token.text) && !CONJUNCTIONS.has(token.text.toLowerCase()))
  const start = words[0]
  const end = words.at(-1)
  return start && end ? { start: start.start, end: end.end } : null
}
