import type { Span } from '../../schemas/span.ts'

// Where a source goes on to name who printed the words: "a spokesman for the regulator quoted in China Daily", "one
// analyst quoted by the AFP news agency", "Mr Reed was quoted in the Herald". One word of spaces each side, no
// nested repetition.
const QUOTED_BY = /\s(?:was\s)?quoted\s(?:in|by)\s/i

/**
 * A source without the publication that quoted its speaker: the paper or agency reports the words, it does not say
 * them ("a spokesman for the regulator quoted in China Daily" → "a spokesman for the regulator"). Other sources,
 * and one that is nothing but the publication, stay as they are.
 * @example withoutQuotingPaper('one analyst quoted by AFP', { start: 0, end: 25 }) // { start: 0, end: 11 }
 */
export function withoutQuotingPaper(view: string, source: Span): Span {
  const words = view.slice(source.start, source.end)
  const at = QUOTED_BY.exec(words)?.index
  if (at === undefined || words.slice(0, at).trim() === '') return source
  return { start: source.start, end: source.start + words.slice(0, at).trimEnd().length }
}
