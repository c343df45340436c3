import type { ParsedArticle } from '../../parse/document.ts'
import type { Span } from '../../schemas/span.ts'
import { polarityScores } from '../polarity/polarity-toward.ts'
import { sentenceAround } from './stance-words.ts'

/**
 * How far the learned polarity leans negative toward an actor (over neutral and positive), read over the speaker's
 * words in the sentence that names it, with those words: the reading the passes that take the model alone for an
 * oppose share (a party's words about a rival, stance-rival.ts; a camp's about another, stance-leaning.ts).
 * Undefined where the actor stands in no sentence or covers no word.
 */
export function opposeLean(
  parsed: ParsedArticle,
  content: Span,
  anchor: Span,
): { lean: number; scope: Span } | undefined {
  const sentence = sentenceAround(parsed, anchor.start)
  if (!sentence) return undefined
  const scope = { start: Math.max(sentence.start, content.start), end: Math.min(sentence.end, content.end) }
  const scores = polarityScores(parsed.view.slice(scope.start, scope.end), {
    start: anchor.start - scope.start,
    end: anchor.end - scope.start,
  })
  if (!scores) return undefined
  const [negative, neutral, positive] = scores as unknown as [number, number, number]
  return { lean: negative - Math.max(neutral, positive), scope }
}
