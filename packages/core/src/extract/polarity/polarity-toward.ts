import type { Span } from '../../schemas/span.ts'
import { denseFeatures } from './dense.ts'
import { polarityFeatures } from './features.ts'
import { addMlpScores } from './mlp.ts'
import { type PolarityModel, scorePolarity, shippedPolarityModel } from './model.ts'
import { readSentence } from './sentence.ts'
import { readTargetContext } from './target-context.ts'

/** How a sentence portrays one of the people, groups or countries it mentions. */
export type TargetPolarity = 'negative' | 'neutral' | 'positive'

const CLASSES: readonly TargetPolarity[] = ['negative', 'neutral', 'positive']

/**
 * The sentiment a sentence expresses toward a target mentioned in it (`target`: offsets of the mention in
 * `sentence`), from a linear model over the words around the target, their negation and their learned polarity,
 * trained on NewsMTSC. A target outside the sentence or covering no word is `neutral`.
 * @example polarityToward('Critics slammed Trump over the shutdown.', { start: 16, end: 21 }) // 'negative'
 */
export function polarityToward(sentence: string, target: Span): TargetPolarity {
  const scores = polarityScores(sentence, target)
  if (!scores) return 'neutral'
  let best = 0
  for (let c = 1; c < 3; c++) if ((scores[c] as number) > (scores[best] as number)) best = c
  return CLASSES[best] as TargetPolarity
}

/**
 * The model's scores (negative, neutral, positive; higher is likelier) toward a target, or null when the target
 * covers no word of the sentence. For callers that want a margin, as the stance of a statement does.
 * @example polarityScores('Critics slammed Trump.', { start: 16, end: 21 }) // Float64Array [1.14, -0.84, -2.45]
 */
export function polarityScores(
  sentence: string,
  target: Span,
  model: PolarityModel = shippedPolarityModel(),
): Float64Array | null {
  if (target.start < 0 || target.end > sentence.length || target.end <= target.start) return null
  const read = readSentence(sentence, target)
  if (!read.punctuation.slice(read.first, read.end).includes(false)) return null
  const scores = new Float64Array(3)
  const context = readTargetContext(read)
  scorePolarity(model.table, polarityFeatures(read, context, model.lexicon), scores)
  if (model.mlp)
    addMlpScores(model.mlp, denseFeatures(read, context, model.vectors, model.valence, model.lexicon), scores)
  return scores
}
